package io.replydesk.collector.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;

/**
 * An HTTPS server on 127.0.0.1 whose certificate names one host only (made with the JDK's keytool), recording the
 * SNI name and Host header of each request and answering 200 "ok". Lets a test see what a TLS client sent and
 * whether it accepted the certificate, which WireMock does not show.
 */
final class TlsStub implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();

    final List<String> serverNames = new CopyOnWriteArrayList<>();
    final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final KeyStore keys;
    private final SSLServerSocket socket;
    private final Thread acceptor;

    TlsStub(Path directory, String certifiedName) throws IOException, GeneralSecurityException, InterruptedException {
        keys = keyStore(directory, certifiedName);
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        socket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 10,
                InetAddress.getByName("127.0.0.1"));
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
            @Override
            public boolean matches(SNIServerName name) {
                serverNames.add(((SNIHostName) name).getAsciiName());
                return true;
            }
        }));
        socket.setSSLParameters(parameters);
        acceptor = new Thread(this::serve, "tls-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** A client context that trusts this stub's certificate and nothing else. */
    SSLContext clientContext() throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (SSLSocket client = (SSLSocket) socket.accept()) {
                client.setSoTimeout(5000);
                answer(client.getInputStream(), client.getOutputStream());
            } catch (IOException handshakeRefusedOrClosed) {
                // the next client gets its turn; a refused handshake is what some tests expect
            }
        }
    }

    private void answer(InputStream in, OutputStream out) throws IOException {
        BufferedReader request = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        for (String line = request.readLine(); line != null && !line.isEmpty(); line = request.readLine()) {
            if (line.regionMatches(true, 0, "Host:", 0, 5)) {
                hostHeaders.add(line.substring(5).strip());
            }
        }
        out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static KeyStore keyStore(Path directory, String name)
            throws IOException, GeneralSecurityException, InterruptedException {
        Path file = directory.resolve("stub.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + name, "-ext", "SAN=dns:" + name, "-storetype", "PKCS12",
                "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        socket.close();
        acceptor.join(5000);
    }
}
