package io.replydesk.stack.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * HTTP on a raw socket, for requests ordinary test clients do not send: a Content-Length the body does not keep to, a
 * chunked body larger than the server accepts.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /**
     * A JSON POST's headers (and the given start of a body) on a raw socket, so that nothing is sent after them;
     * the whole answer, status line and headers included, once the server closes the connection.
     */
    public static String post(URI server, String path, long contentLength, String body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The body of an answer that must be an application/problem+json with {@code status} on its status line and in its
     * body; an AssertionError showing the whole answer otherwise.
     */
    public static String problemBody(String answer, int status) {
        String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).toLowerCase(Locale.ROOT);
        if (!head.startsWith("http/1.1 " + status + " ") || !head.contains("\r\ncontent-type: application/problem+json")
                || !body(answer).contains("\"status\":" + status + ",")) {
            throw new AssertionError("expected a problem+json " + status + ", got:\n" + answer);
        }
        return body(answer);
    }

    /** What follows the status line and headers of an answer. */
    public static String body(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? "" : answer.substring(end + 4);
    }

    /**
     * A JSON POST without a Content-Length, its body ({@code padding} spaces, then {@code json}) sent in chunks as a
     * streaming client sends it; the answer as far as it came before the server closed the connection. The body goes
     * out on a thread of its own while the answer is read, so an answer given before the whole body was read (the
     * server then closes the connection and refuses the rest) is not lost.
     */
    public static String postChunked(URI server, String path, String json, long padding) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> writeChunked(out, path, json, padding), "raw-http-chunked-body");
            writer.setDaemon(true);
            writer.start();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException reset) {
                // the server closed on a body it had not finished reading: what came before the reset is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static void writeChunked(OutputStream out, String path, String json, long padding) {
        byte[] spaces = new byte[64 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        try {
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (long left = padding; left > 0; left -= spaces.length) {
                writeChunk(out, spaces, (int) Math.min(spaces.length, left));
            }
            byte[] tail = json.getBytes(StandardCharsets.UTF_8);
            writeChunk(out, tail, tail.length);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException refused) {
            // the server stopped reading the body, as it may once it is too large
        }
    }

    private static void writeChunk(OutputStream out, byte[] bytes, int length) throws IOException {
        if (length == 0) {
            return;
        }
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes, 0, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
