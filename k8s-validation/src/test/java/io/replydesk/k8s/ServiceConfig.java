package io.replydesk.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one service reads, derived from its sources: {@code application.properties} (without %profile keys),
 * the {@code ${key}} references in its Java code and in the ReplyDesk modules it uses, and its
 * {@code @ConfigMapping} interfaces. From that: the environment variables a cluster must provide, the ones it may
 * provide (to catch a misspelled variable, which Quarkus would silently ignore), and the HTTP port.
 */
public final class ServiceConfig {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-zA-Z0-9.\\-\"_]+)(:[^}]*)?}");
    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern METHOD = Pattern.compile("([\\w.]+(?:<[^;()]*>)?)\\s+(\\w+)\\(\\)\\s*;");
    private static final Pattern NESTED = Pattern.compile("interface\\s+(\\w+)\\s*\\{");

    private final String name;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final Set<String> references = new TreeSet<>();
    private final Set<String> referencesWithoutDefault = new TreeSet<>();
    private final Set<String> mappedKeys = new TreeSet<>();
    private final Set<String> mappedFamilies = new TreeSet<>();
    /** Every interface of the sources by simple name, for mapping groups declared in files of their own. */
    private final Map<String, String> interfaces = new HashMap<>();

    private ServiceConfig(String name) {
        this.name = name;
    }

    /** Reads {@code <root>/<service>/src/main} and the main sources of the shared modules it may use. */
    public static ServiceConfig read(Path root, String service) {
        ServiceConfig config = new ServiceConfig(service);
        Path properties = root.resolve(service).resolve("src/main/resources/application.properties");
        Properties raw = new Properties();
        try (Reader in = Files.newBufferedReader(properties)) {
            raw.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        raw.stringPropertyNames().stream().filter(k -> !k.startsWith("%")).sorted()
                .forEach(k -> config.properties.put(k, raw.getProperty(k)));
        config.properties.values().forEach(config::collectReferences);
        for (String module : new String[] {service, "messaging"}) {
            if (module.equals("messaging") && !dependsOn(root, service, "messaging")) {
                continue;
            }
            List<String> sources = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    config.collectReferences(source);
                    sources.add(stripComments(source));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // a mapping's groups may be interfaces of their own files, so all of them are known before any is read
            sources.forEach(config::collectInterfaceBodies);
            sources.forEach(config::collectMappings);
        }
        return config;
    }

    private void collectInterfaceBodies(String source) {
        Matcher m = NESTED.matcher(source);
        while (m.find()) {
            interfaces.putIfAbsent(m.group(1), body(source, m.end() - 1));
        }
    }

    private static boolean dependsOn(Path root, String service, String module) {
        try {
            return Files.readString(root.resolve(service).resolve("pom.xml"))
                    .contains("<artifactId>" + module + "</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collectReferences(String text) {
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            references.add(m.group(1));
            if (m.group(2) == null) {
                referencesWithoutDefault.add(m.group(1));
            }
        }
    }

    private void collectMappings(String source) {
        Matcher m = MAPPING.matcher(source);
        if (!m.find()) {
            return;
        }
        int open = source.indexOf('{', m.end());
        collectInterface(source, body(source, open), m.group(1));
    }

    /** The methods of one interface body: a nested interface type recurses, a Map makes a family of keys. */
    private void collectInterface(String source, String body, String prefix) {
        StringBuilder ownLevel = new StringBuilder();
        int depth = 0;
        for (char c : body.toCharArray()) {
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                ownLevel.append(c);
            }
        }
        Matcher method = METHOD.matcher(ownLevel);
        while (method.find()) {
            String type = method.group(1);
            String key = prefix + "." + kebab(method.group(2));
            Matcher nested = Pattern.compile("interface\\s+" + Pattern.quote(simple(type)) + "\\s*\\{").matcher(source);
            if (type.startsWith("Map<")) {
                mappedFamilies.add(key);
            } else if (nested.find()) {
                collectInterface(source, body(source, nested.end() - 1), key);
            } else if (interfaces.containsKey(simple(type))) {
                collectInterface(source, interfaces.get(simple(type)), key);
            } else {
                mappedKeys.add(key);
            }
        }
    }

    private static String simple(String type) {
        String t = type.replaceAll("^Optional<(.*)>$", "$1");
        return t.contains(".") ? t.substring(t.lastIndexOf('.') + 1) : t;
    }

    private static String body(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            if (source.charAt(i) == '{') {
                depth++;
            } else if (source.charAt(i) == '}' && --depth == 0) {
                return source.substring(open + 1, i);
            }
        }
        throw new IllegalArgumentException("unbalanced braces");
    }

    private static String stripComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Quarkus' environment variable for a property: non-alphanumerics become '_', upper case. */
    public static String envName(String key) {
        return key.replaceAll("[^a-zA-Z0-9]", "_").toUpperCase();
    }

    public String name() {
        return name;
    }

    public int httpPort() {
        return Integer.parseInt(properties.get("quarkus.http.port"));
    }

    public boolean hasDatasource() {
        return properties.containsKey("quarkus.datasource.db-kind");
    }

    /**
     * Variables the cluster must set: every reference without a default, every property whose default only
     * works on a developer's machine (localhost), and the datasource's URL and credentials.
     */
    public Set<String> requiredEnv() {
        Set<String> required = new TreeSet<>();
        referencesWithoutDefault.forEach(k -> required.add(envName(k)));
        properties.forEach((k, v) -> {
            if (v.contains("localhost")) {
                required.add(envName(k));
            }
        });
        if (hasDatasource()) {
            required.add("QUARKUS_DATASOURCE_JDBC_URL");
            required.add("QUARKUS_DATASOURCE_USERNAME");
            required.add("QUARKUS_DATASOURCE_PASSWORD");
        }
        return required;
    }

    /** True when the variable maps to a key this service reads (or a documented family such as credentials). */
    public boolean reads(String env, Set<String> extraKnown) {
        if (extraKnown.contains(env)) {
            return true;
        }
        Set<String> keys = new TreeSet<>(properties.keySet());
        keys.addAll(references);
        keys.addAll(mappedKeys);
        if (keys.stream().anyMatch(k -> envName(k).equals(env))) {
            return true;
        }
        return mappedFamilies.stream().anyMatch(f -> env.startsWith(envName(f) + "_"));
    }

    public Set<String> mappedKeys() {
        return mappedKeys;
    }
}
