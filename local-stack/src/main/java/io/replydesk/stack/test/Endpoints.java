package io.replydesk.stack.test;

import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The JAX-RS endpoints a service's compiled resources declare, read from {@code target/classes} rather than from
 * the running app, so that a test comparing them with its contract also catches an endpoint nobody has called yet.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /**
     * "METHOD path" → the resource method, for every resource class compiled in the package of {@code anchor}
     * (loaded with the anchor's class loader, so that annotations match those the app sees).
     */
    public static Map<String, Method> inPackageOf(Class<?> anchor) throws IOException {
        String packageName = anchor.getPackageName();
        Map<String, Method> endpoints = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("target/classes", packageName.split("\\.")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> type = load(anchor, packageName + "." + file.getFileName().toString().replace(".class", ""));
                jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                        endpoints.put(verb + " " + join(root.value(), sub == null ? "" : sub.value()), method);
                    }
                }
            }
        }
        return endpoints;
    }

    private static Class<?> load(Class<?> anchor, String name) {
        try {
            return Class.forName(name, false, anchor.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
