package io.replydesk.stack.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** HTTP on a raw socket, for requests no client would send: a Content-Length the body does not keep to. */
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
}
