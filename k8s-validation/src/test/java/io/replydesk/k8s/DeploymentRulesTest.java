package io.replydesk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Quantity;
import io.replydesk.k8s.render.KustomizeRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every Deployment of every environment follows: health probes on the Quarkus endpoints and the port the
 * service listens on, resources sized from the measured RSS, a locked-down securityContext, every variable the
 * service needs provided from a ConfigMap or Secret (and none it would ignore), consistent images.
 */
class DeploymentRulesTest {

    /** RSS after start measured in the local run (README, "Footprint of the local run"), in MiB. */
    private static final Map<String, Integer> MEASURED_RSS_MB = Map.of(
            "response-service", 303, "collector-service", 290, "sentiment-service", 1347);
    /** Shortest start the startup probe must tolerate: model loading takes ~15 s on 2 cores, far more throttled. */
    private static final Map<String, Integer> MIN_STARTUP_SECONDS = Map.of(
            "response-service", 60, "collector-service", 60, "sentiment-service", 180);
    /** Variables set in the Deployment itself rather than a ConfigMap: JVM sizing and the collector's role. */
    private static final Set<String> LITERAL_ALLOWED = Set.of("JAVA_TOOL_OPTIONS", "QUARKUS_SCHEDULER_ENABLED");
    /** Quarkus settings the services read without naming them in application.properties. */
    private static final Set<String> QUARKUS_RUNTIME = Set.of("QUARKUS_HTTP_PORT", "QUARKUS_SCHEDULER_ENABLED",
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "JAVA_TOOL_OPTIONS");
    private static final Pattern SECRET_LIKE = Pattern.compile("(.*(PASSWORD|TOKEN|SECRET).*|REPLYDESK_CREDENTIAL_.*)");
    private static final Pattern XMX = Pattern.compile("-Xmx(\\d+)([mMgG])");

    static List<String> environments() {
        return List.copyOf(new TreeSet<>(Manifests.ENVIRONMENTS.keySet()));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void probesUseTheQuarkusHealthEndpointsOnTheServicePort(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                String service = Manifests.serviceOf(c);
                String where = Manifests.name(d) + "/" + c.path("name").asText();
                int port = Manifests.config(service).httpPort();
                Map<String, String> env = literalAndConfigMapEnv(overlay, c);
                if (env.containsKey("QUARKUS_HTTP_PORT")) {
                    port = Integer.parseInt(env.get("QUARKUS_HTTP_PORT"));
                }
                Map<String, Integer> ports = new HashMap<>();
                c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
                if (!ports.containsValue(port)) {
                    problems.add(where + ": no containerPort " + port + " (the service's quarkus.http.port)");
                }
                Map<String, String> expected = Map.of("startupProbe", "/q/health/started",
                        "livenessProbe", "/q/health/live", "readinessProbe", "/q/health/ready");
                for (Map.Entry<String, String> probe : expected.entrySet()) {
                    JsonNode get = c.path(probe.getKey()).path("httpGet");
                    if (!get.path("path").asText().equals(probe.getValue())) {
                        problems.add(where + ": " + probe.getKey() + " path is not " + probe.getValue());
                    }
                    JsonNode p = get.path("port");
                    int resolved = p.isInt() ? p.asInt() : ports.getOrDefault(p.asText(), -1);
                    if (resolved != port) {
                        problems.add(where + ": " + probe.getKey() + " port " + p + " is not " + port);
                    }
                }
                JsonNode startup = c.path("startupProbe");
                int budget = startup.path("initialDelaySeconds").asInt(0)
                        + startup.path("periodSeconds").asInt(10) * startup.path("failureThreshold").asInt(3);
                if (budget < MIN_STARTUP_SECONDS.get(service)) {
                    problems.add(where + ": startup probe allows " + budget + " s, needs " + MIN_STARTUP_SECONDS.get(service));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void resourcesAreSizedFromTheMeasuredRss(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                String service = Manifests.serviceOf(c);
                String where = Manifests.name(d) + "/" + c.path("name").asText();
                JsonNode r = c.path("resources");
                for (String field : List.of("requests/cpu", "requests/memory", "limits/cpu", "limits/memory")) {
                    if (r.at("/" + field).isMissingNode()) {
                        problems.add(where + ": no resources." + field.replace('/', '.'));
                    }
                }
                if (!problems.isEmpty()) {
                    continue;
                }
                long rss = MEASURED_RSS_MB.get(service) * 1024L * 1024L;
                long request = bytes(r.at("/requests/memory").asText());
                long limit = bytes(r.at("/limits/memory").asText());
                if (request < rss) {
                    problems.add(where + ": memory request below the measured RSS of " + MEASURED_RSS_MB.get(service) + " MB");
                }
                if (limit < rss * 13 / 10) {
                    problems.add(where + ": memory limit leaves less than 30 % above the measured RSS");
                }
                Matcher xmx = XMX.matcher(literalAndConfigMapEnv(overlay, c).getOrDefault("JAVA_TOOL_OPTIONS", ""));
                if (xmx.find()) {
                    long heap = Long.parseLong(xmx.group(1)) * (xmx.group(2).equalsIgnoreCase("g") ? 1024 : 1) * 1024 * 1024;
                    if (limit < heap + 256L * 1024 * 1024) {
                        problems.add(where + ": limit leaves under 256 MiB beside the -Xmx heap (metaspace, threads, code cache, buffers)");
                    }
                    if (service.equals("sentiment-service") && heap < 1100L * 1024 * 1024) {
                        problems.add(where + ": the shift-reduce parser needs -Xmx of at least 1100m");
                    }
                } else {
                    // the JVM would size its heap from the limit with its own ratio, blind to the non-heap part
                    problems.add(where + ": no explicit -Xmx in JAVA_TOOL_OPTIONS");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyPodRunsLockedDown(String overlay) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
            JsonNode pod = d.at("/spec/template/spec");
            String name = Manifests.name(d);
            if (!pod.at("/securityContext/runAsNonRoot").asBoolean(false)) {
                problems.add(name + ": pod securityContext.runAsNonRoot is not true");
            }
            if (pod.at("/securityContext/runAsUser").asInt(0) == 0) {
                problems.add(name + ": pod runs as uid 0 or without runAsUser");
            }
            if (pod.path("automountServiceAccountToken").asBoolean(true)) {
                problems.add(name + ": the service account token is mounted (no service needs the API)");
            }
            for (JsonNode c : pod.path("containers")) {
                JsonNode sc = c.path("securityContext");
                String where = name + "/" + c.path("name").asText();
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + ": allowPrivilegeEscalation is not false");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + ": readOnlyRootFilesystem is not true");
                }
                if (sc.path("privileged").asBoolean(false)) {
                    problems.add(where + ": privileged");
                }
                if (!sc.at("/capabilities/drop").toString().contains("\"ALL\"") || sc.at("/capabilities/add").size() > 0) {
                    problems.add(where + ": capabilities are not drop [ALL]");
                }
                boolean tmp = false;
                for (JsonNode m : c.path("volumeMounts")) {
                    tmp |= m.path("mountPath").asText().equals("/tmp");
                }
                if (!tmp) {
                    problems.add(where + ": read-only root without a writable /tmp (the JVM and Vert.x need one)");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyVariableAServiceNeedsHasASourceAndNoneIsMisspelled(String overlay) {
        List<ObjectNode> objects = Manifests.environment(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : Manifests.ofKind(objects, "Deployment")) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                String service = Manifests.serviceOf(c);
                ServiceConfig config = Manifests.config(service);
                String where = Manifests.name(d) + "/" + c.path("name").asText();
                Map<String, String> sources = envSources(objects, c, where, problems);
                for (String required : config.requiredEnv()) {
                    if (!sources.containsKey(required)) {
                        problems.add(where + ": " + required + " (read by " + service + ") has no source");
                    }
                }
                sources.forEach((env, source) -> {
                    if (!config.reads(env, QUARKUS_RUNTIME)) {
                        problems.add(where + ": " + env + " is not read by " + service + " (misspelled?)");
                    }
                    if (SECRET_LIKE.matcher(env).matches() && !source.startsWith("secret")) {
                        problems.add(where + ": " + env + " comes from " + source + ", not a Secret");
                    }
                    if (source.equals("literal") && !LITERAL_ALLOWED.contains(env)) {
                        problems.add(where + ": " + env + " is set literally; put it in the ConfigMap");
                    }
                    if (service.equals("collector-service") == false && env.startsWith("REPLYDESK_COLLECTOR_")) {
                        problems.add(where + ": collector setting " + env + " on " + service);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void imagesAreConsistent(String overlay) {
        List<String> problems = new ArrayList<>();
        Set<String> registries = new TreeSet<>();
        Set<String> tags = new TreeSet<>();
        for (ObjectNode d : Manifests.ofKind(Manifests.render(overlay), "Deployment")) {
            for (JsonNode c : d.at("/spec/template/spec/containers")) {
                String image = c.path("image").asText();
                String name = KustomizeRenderer.imageName(image);
                String service = Manifests.serviceOf(c);
                String where = Manifests.name(d) + "/" + c.path("name").asText();
                if (!Manifests.SERVICES.contains(service)) {
                    problems.add(where + ": image " + image + " is not one of the ReplyDesk services");
                }
                if (!c.path("name").asText().equals(service)) {
                    problems.add(where + ": container name differs from its image's service " + service);
                }
                String tag = image.substring(name.length());
                if (tag.isEmpty() || tag.equals(":latest")) {
                    problems.add(where + ": image " + image + " has no fixed tag");
                }
                registries.add(name.substring(0, name.lastIndexOf('/')));
                tags.add(tag);
            }
        }
        if (registries.size() != 1 || tags.size() != 1) {
            problems.add("images come from several registries or tags: " + registries + " " + tags);
        }
        assertThat(problems).isEmpty();
    }

    /** Variable → where its value comes from ("literal", "configmap NAME", "secret NAME"), checking the refs. */
    private static Map<String, String> envSources(List<ObjectNode> objects, JsonNode container, String where,
            List<String> problems) {
        Map<String, String> sources = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                String name = from.at("/configMapRef/name").asText();
                ObjectNode cm = find(objects, "ConfigMap", name);
                if (cm == null) {
                    problems.add(where + ": envFrom ConfigMap " + name + " is not in the render");
                } else {
                    cm.path("data").fieldNames().forEachRemaining(k -> sources.put(k, "configmap " + name));
                }
            } else {
                problems.add(where + ": envFrom other than a ConfigMap: " + from);
            }
        }
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                sources.put(name, "literal");
            } else if (e.at("/valueFrom/secretKeyRef").isObject()) {
                sources.put(name, "secret " + e.at("/valueFrom/secretKeyRef/name").asText());
            } else if (e.at("/valueFrom/configMapKeyRef").isObject()) {
                String cm = e.at("/valueFrom/configMapKeyRef/name").asText();
                ObjectNode map = find(objects, "ConfigMap", cm);
                if (map == null || !map.path("data").has(e.at("/valueFrom/configMapKeyRef/key").asText())) {
                    problems.add(where + ": " + name + " refers to a missing ConfigMap key");
                }
                sources.put(name, "configmap " + cm);
            } else {
                problems.add(where + ": " + name + " has neither a value nor a supported valueFrom");
            }
        }
        return sources;
    }

    /** Literal and ConfigMap-provided values (used to read ports and JVM options). */
    private static Map<String, String> literalAndConfigMapEnv(String overlay, JsonNode container) {
        Map<String, String> values = new HashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            ObjectNode cm = find(Manifests.render(overlay), "ConfigMap", from.at("/configMapRef/name").asText());
            if (cm != null) {
                cm.path("data").fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
            }
        }
        for (JsonNode e : container.path("env")) {
            if (e.has("value")) {
                values.put(e.path("name").asText(), e.path("value").asText());
            }
        }
        return values;
    }

    static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return Manifests.ofKind(objects, kind).stream().filter(o -> Manifests.name(o).equals(name)).findFirst()
                .orElse(null);
    }

    private static long bytes(String quantity) {
        BigDecimal amount = Quantity.getAmountInBytes(new Quantity(quantity));
        return amount.longValue();
    }
}
