package io.replydesk.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds and checks TCP ports on the loopback interface. */
public final class LocalPorts {

    private LocalPorts() {
    }

    /** A port the operating system considers free right now (the caller races anyone else for it). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port", e);
        }
    }

    /** The given port unless it is 0, which means "any free port". */
    public static int orFree(int port) {
        return port == 0 ? free() : port;
    }

    public static boolean isFree(int port) {
        // Bind the wildcard address as the services do: a loopback-only check misses a server on 0.0.0.0.
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
