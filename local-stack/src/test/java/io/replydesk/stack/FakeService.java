package io.replydesk.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;

/** Stands in for a service in tests: "exit N" exits with N; otherwise it serves health and its environment. */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("exit")) {
            System.out.println("fake service exiting with " + args[1]);
            System.exit(Integer.parseInt(args[1]));
        }
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/q/health/ready", exchange -> reply(exchange, "UP"));
        server.createContext("/env", exchange -> reply(exchange, System.getenv().entrySet().stream()
                .filter(e -> e.getKey().startsWith("QUARKUS_") || e.getKey().startsWith("REPLYDESK_")
                        || e.getKey().startsWith("KAFKA_"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .sorted()
                .collect(Collectors.joining("\n"))));
        server.start();
        System.out.println("fake service listening on " + port);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
