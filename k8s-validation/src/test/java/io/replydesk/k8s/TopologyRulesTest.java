package io.replydesk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules across objects: topics, scaling ceilings, the single poller, how the services find Kafka and
 * PostgreSQL, who may talk to whom, and which Secrets exist where.
 */
class TopologyRulesTest {

    /** The topics of DESIGN.md; each has a .dlq. */
    private static final List<String> DESIGN_TOPICS = List.of("posts.observed", "posts.assessed", "replies.approved",
            "replies.posted");
    /** Secrets the CloudNativePG operator generates: "<cluster>-app". */
    private static final Pattern CNPG_SECRET = Pattern.compile("(.+)-app");

    static List<String> environments() {
        return List.copyOf(new TreeSet<>(Manifests.ENVIRONMENTS.keySet()));
    }

    @ParameterizedTest
    @MethodSource("environments")
    void everyTopicTheServicesUseExistsWithItsDeadLetterTopicAndARetention(String overlay) {
        Map<String, JsonNode> topics = topics(Manifests.environment(overlay));
        Set<String> needed = new TreeSet<>();
        DESIGN_TOPICS.forEach(t -> {
            needed.add(t);
            needed.add(t + ".dlq");
        });
        for (String service : Manifests.SERVICES) {
            needed.addAll(topicsOf(service));
        }
        List<String> problems = new ArrayList<>();
        for (String topic : needed) {
            JsonNode spec = topics.get(topic);
            if (spec == null) {
                problems.add("no KafkaTopic for " + topic);
            } else if (!spec.at("/config/retention.ms").isTextual()) {
                problems.add(topic + ": no retention.ms stated");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void autoscalersNeverExceedThePartitionsTheirServiceConsumes(String overlay) {
        List<ObjectNode> objects = Manifests.environment(overlay);
        Map<String, JsonNode> topics = topics(objects);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> ceilings = new HashMap<>();
        for (ObjectNode hpa : Manifests.ofKind(objects, "HorizontalPodAutoscaler")) {
            ceilings.put(hpa.at("/spec/scaleTargetRef/name").asText(), hpa.at("/spec/maxReplicas").asInt());
        }
        for (ObjectNode so : Manifests.ofKind(objects, "ScaledObject")) {
            String target = so.at("/spec/scaleTargetRef/name").asText();
            if (ceilings.put(target, so.at("/spec/maxReplicaCount").asInt()) != null) {
                problems.add(target + ": both an HPA and a KEDA ScaledObject scale it");
            }
            for (JsonNode trigger : so.at("/spec/triggers")) {
                String topic = trigger.at("/metadata/topic").asText();
                if (!topics.containsKey(topic)) {
                    problems.add("ScaledObject " + Manifests.name(so) + " watches unknown topic " + topic);
                }
            }
        }
        ceilings.forEach((deploymentName, max) -> {
            ObjectNode d = DeploymentRulesTest.find(objects, "Deployment", deploymentName);
            if (d == null) {
                problems.add("an autoscaler targets missing Deployment " + deploymentName);
                return;
            }
            String service = Manifests.serviceOf(d.at("/spec/template/spec/containers/0"));
            for (String topic : consumedTopics(service)) {
                int partitions = topics.get(topic).path("partitions").asInt();
                if (max > partitions) {
                    problems.add(deploymentName + ": scales to " + max + " but " + topic + " has " + partitions
                            + " partitions");
                }
            }
        });
        if (!overlay.endsWith("/dev")) {
            assertThat(ceilings).as("the sentiment service autoscales").containsKey("sentiment-service");
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void exactlyOneProcessPollsSources(String overlay) {
        List<ObjectNode> objects = Manifests.environment(overlay);
        List<String> pollers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ObjectNode d : Manifests.ofKind(objects, "Deployment")) {
            JsonNode c = d.at("/spec/template/spec/containers/0");
            if (!Manifests.serviceOf(c).equals("collector-service")) {
                continue;
            }
            String scheduler = "true";
            for (JsonNode e : c.path("env")) {
                if (e.path("name").asText().equals("QUARKUS_SCHEDULER_ENABLED")) {
                    scheduler = e.path("value").asText();
                }
            }
            if (scheduler.equals("true")) {
                pollers.add(Manifests.name(d));
                if (d.at("/spec/replicas").asInt(1) != 1) {
                    problems.add(Manifests.name(d) + ": polls sources, so exactly one replica");
                }
                if (!d.at("/spec/strategy/type").asText().equals("Recreate")) {
                    problems.add(Manifests.name(d) + ": polls sources, so strategy Recreate (no overlap in a rollout)");
                }
            }
        }
        for (String kind : List.of("HorizontalPodAutoscaler", "ScaledObject")) {
            for (ObjectNode a : Manifests.ofKind(objects, kind)) {
                if (pollers.contains(a.at("/spec/scaleTargetRef/name").asText())) {
                    problems.add(kind + " " + Manifests.name(a) + " scales the poller");
                }
            }
        }
        assertThat(pollers).containsExactly("collector-poller");
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void servicesFindKafkaAndTheirOwnDatabase(String overlay) {
        List<ObjectNode> objects = Manifests.environment(overlay);
        ObjectNode kafka = Manifests.ofKind(objects, "Kafka").get(0);
        int plainPort = -1;
        for (JsonNode l : kafka.at("/spec/kafka/listeners")) {
            if (!l.path("tls").asBoolean() && l.path("type").asText().equals("internal")) {
                plainPort = l.path("port").asInt();
            }
        }
        String bootstrap = Manifests.name(kafka) + "-kafka-bootstrap:" + plainPort;
        List<String> problems = new ArrayList<>();
        for (ObjectNode cm : Manifests.ofKind(objects, "ConfigMap")) {
            JsonNode servers = cm.at("/data/KAFKA_BOOTSTRAP_SERVERS");
            if (!servers.isMissingNode() && !servers.asText().equals(bootstrap)) {
                problems.add(Manifests.name(cm) + ": KAFKA_BOOTSTRAP_SERVERS is not " + bootstrap);
            }
        }
        Pattern jdbc = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/(\\w+)");
        for (ObjectNode d : Manifests.ofKind(objects, "Deployment")) {
            JsonNode c = d.at("/spec/template/spec/containers/0");
            String service = Manifests.serviceOf(c);
            if (!Manifests.config(service).hasDatasource()) {
                continue;
            }
            String url = "";
            for (JsonNode from : c.path("envFrom")) {
                ObjectNode cm = DeploymentRulesTest.find(objects, "ConfigMap", from.at("/configMapRef/name").asText());
                url = cm.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText(url);
            }
            Matcher m = jdbc.matcher(url);
            if (!m.matches()) {
                problems.add(Manifests.name(d) + ": JDBC URL " + url + " is not a CloudNativePG -rw service");
                continue;
            }
            ObjectNode cluster = DeploymentRulesTest.find(objects, "Cluster", m.group(1));
            if (cluster == null || !cluster.at("/spec/bootstrap/initdb/database").asText().equals(m.group(2))) {
                problems.add(Manifests.name(d) + ": no Cluster " + m.group(1) + " creating database " + m.group(2));
            }
            if (!m.group(1).startsWith(service.replace("-service", ""))) {
                problems.add(Manifests.name(d) + ": uses another service's database " + m.group(1));
            }
            for (JsonNode e : c.path("env")) {
                if (e.path("name").asText().startsWith("QUARKUS_DATASOURCE_")
                        && !e.at("/valueFrom/secretKeyRef/name").asText().equals(m.group(1) + "-app")) {
                    problems.add(Manifests.name(d) + ": " + e.path("name").asText() + " not from " + m.group(1) + "-app");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void onlyTheCollectorReachesTheInternetAndOnlyTheResponseServiceIsExposed(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        List<String> problems = new ArrayList<>();
        for (ObjectNode np : Manifests.ofKind(objects, "NetworkPolicy")) {
            boolean internet = np.at("/spec/egress").toString().contains("ipBlock");
            String selected = np.at("/spec/podSelector/matchLabels/app.kubernetes.io~1name").asText();
            if (internet && !selected.equals("collector-service")) {
                problems.add("NetworkPolicy " + Manifests.name(np) + " opens the internet to " + np.at("/spec/podSelector"));
            }
            if (np.at("/spec/ingress").toString().contains("ipBlock")) {
                problems.add("NetworkPolicy " + Manifests.name(np) + " admits traffic from outside the cluster");
            }
        }
        ObjectNode deny = Manifests.named(objects, "NetworkPolicy", "replydesk-default-deny");
        assertThat(deny.at("/spec/policyTypes").toString()).contains("Ingress").contains("Egress");
        assertThat(deny.at("/spec/ingress").isMissingNode() && deny.at("/spec/egress").isMissingNode()).isTrue();
        for (ObjectNode d : Manifests.ofKind(objects, "Deployment")) {
            if (!d.at("/spec/template/metadata/labels/replydesk.io~1tier").asText().equals("app")) {
                problems.add(Manifests.name(d) + ": not covered by the default-deny policy (label replydesk.io/tier)");
            }
        }
        for (ObjectNode ingress : Manifests.ofKind(objects, "Ingress")) {
            for (JsonNode rule : ingress.at("/spec/rules")) {
                for (JsonNode path : rule.at("/http/paths")) {
                    String backend = path.at("/backend/service/name").asText();
                    if (!backend.equals("response-service")) {
                        problems.add("Ingress " + Manifests.name(ingress) + " exposes " + backend);
                    }
                    if (path.path("path").asText().startsWith("/q")) {
                        problems.add("Ingress " + Manifests.name(ingress) + " exposes the /q endpoints");
                    }
                }
            }
        }
        for (ObjectNode svc : Manifests.ofKind(objects, "Service")) {
            String type = svc.at("/spec/type").asText("ClusterIP");
            if (!type.equals("ClusterIP")) {
                problems.add("Service " + Manifests.name(svc) + " is " + type + ": only the Ingress exposes ReplyDesk");
            }
            if (!svc.at("/metadata/labels/replydesk.io~1metrics").asText().equals("true")) {
                problems.add("Service " + Manifests.name(svc) + " is not scraped by the ServiceMonitor");
            }
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("environments")
    void secretsInGitAreMarkedExamplesAndProductionHasNone(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.environment(overlay);
        String readme = Files.readString(Manifests.root().resolve("k8s/README.md"));
        List<String> problems = new ArrayList<>();
        Set<String> present = new TreeSet<>();
        for (ObjectNode secret : Manifests.ofKind(objects, "Secret")) {
            present.add(Manifests.name(secret));
            if (!secret.at("/metadata/annotations/replydesk.io~1example").asText().equals("true")) {
                problems.add("Secret " + Manifests.name(secret) + " in git is not marked replydesk.io/example");
            }
            if (!overlay.endsWith("/dev")) {
                problems.add("Secret " + Manifests.name(secret) + " reaches " + overlay);
            }
        }
        for (ObjectNode d : Manifests.ofKind(objects, "Deployment")) {
            Set<String> referenced = new TreeSet<>();
            d.at("/spec/template/spec/containers").forEach(c -> c.path("env")
                    .forEach(e -> referenced.add(e.at("/valueFrom/secretKeyRef/name").asText(""))));
            d.at("/spec/template/spec/volumes").forEach(v -> referenced.add(v.at("/secret/secretName").asText("")));
            referenced.remove("");
            for (String name : referenced) {
                Matcher cnpg = CNPG_SECRET.matcher(name);
                boolean generated = cnpg.matches() && DeploymentRulesTest.find(objects, "Cluster", cnpg.group(1)) != null;
                if (!present.contains(name) && !generated && !readme.contains("`" + name + "`")) {
                    problems.add(Manifests.name(d) + ": Secret " + name
                            + " is neither rendered, generated by CloudNativePG, nor documented in k8s/README.md");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void productionKafkaHasThreeBrokersAndReplicatesEverything() {
        List<ObjectNode> objects = Manifests.render("k8s/infra/overlays/prod");
        int brokers = 0;
        for (ObjectNode pool : Manifests.ofKind(objects, "KafkaNodePool")) {
            if (pool.at("/spec/roles").toString().contains("broker")) {
                brokers += pool.at("/spec/replicas").asInt();
            }
        }
        JsonNode config = Manifests.ofKind(objects, "Kafka").get(0).at("/spec/kafka/config");
        assertThat(brokers).isGreaterThanOrEqualTo(3);
        assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
        assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
        assertThat(config.path("offsets.topic.replication.factor").asInt()).isEqualTo(3);
        for (ObjectNode cluster : Manifests.ofKind(objects, "Cluster")) {
            assertThat(cluster.at("/spec/instances").asInt()).as(Manifests.name(cluster)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void productionScalesAndProtectsEveryReplicatedDeployment() {
        List<ObjectNode> objects = Manifests.render("k8s/overlays/prod");
        for (ObjectNode d : Manifests.ofKind(objects, "Deployment")) {
            String name = Manifests.name(d);
            boolean autoscaled = Manifests.ofKind(objects, "HorizontalPodAutoscaler").stream()
                    .anyMatch(h -> h.at("/spec/scaleTargetRef/name").asText().equals(name));
            if (!name.equals("collector-poller")) {
                assertThat(autoscaled || d.at("/spec/replicas").asInt() >= 2).as(name + " replicated").isTrue();
                assertThat(d.at("/spec/replicas").isMissingNode() || !autoscaled)
                        .as(name + ": an autoscaled Deployment leaves replicas to the HPA").isTrue();
            }
            JsonNode labels = d.at("/spec/template/metadata/labels");
            boolean protectedByPdb = Manifests.ofKind(objects, "PodDisruptionBudget").stream().anyMatch(p -> {
                JsonNode match = p.at("/spec/selector/matchLabels");
                List<Boolean> all = new ArrayList<>();
                match.fields().forEachRemaining(f -> all.add(f.getValue().equals(labels.get(f.getKey()))));
                return !all.isEmpty() && !all.contains(false);
            });
            assertThat(protectedByPdb).as(name + " has a PodDisruptionBudget").isTrue();
        }
    }

    private static Map<String, JsonNode> topics(List<ObjectNode> objects) {
        Map<String, JsonNode> topics = new HashMap<>();
        for (ObjectNode t : Manifests.ofKind(objects, "KafkaTopic")) {
            topics.put(t.at("/spec/topicName").asText(Manifests.name(t)), t.get("spec"));
        }
        return topics;
    }

    /** Every topic named in a service's messaging configuration (channels and dead-letter topics). */
    private static Set<String> topicsOf(String service) {
        Set<String> topics = new TreeSet<>();
        properties(service).forEach((k, v) -> {
            if (k.toString().matches("mp\\.messaging\\.(incoming|outgoing)\\.[^.]+\\.(topic|dead-letter-queue\\.topic)")) {
                topics.add(v.toString());
            }
        });
        return topics;
    }

    private static Set<String> consumedTopics(String service) {
        Set<String> topics = new TreeSet<>();
        properties(service).forEach((k, v) -> {
            if (k.toString().matches("mp\\.messaging\\.incoming\\.[^.]+\\.topic")) {
                topics.add(v.toString());
            }
        });
        return topics;
    }

    private static Properties properties(String service) {
        Properties p = new Properties();
        Path file = Manifests.root().resolve(service).resolve("src/main/resources/application.properties");
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
