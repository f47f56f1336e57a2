package io.replydesk.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.k8s.render.KustomizeRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered object parses into its typed model (built-in kinds) or conforms to its CRD schema. */
class StrictParsingTest {

    static List<String> kustomizations() {
        return Manifests.KUSTOMIZATIONS;
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void everyObjectParsesStrictly(String kustomization) {
        assertThat(problems(Manifests.render(kustomization))).isEmpty();
    }

    /** All problems of a rendered set; an object of a kind with neither model nor schema is one. */
    static List<String> problems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (StrictModel.knows(object)) {
                try {
                    StrictModel.parse(object);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            } else if (CrdSchemas.knows(object)) {
                problems.addAll(CrdSchemas.validate(object));
            } else {
                problems.add("no model or schema for " + object.path("apiVersion").asText() + " "
                        + object.path("kind").asText() + " " + Manifests.name(object));
            }
        }
        return problems;
    }

    @Test
    void aMisspelledFieldInADeploymentFails() {
        ObjectNode deployment = Manifests.named(Manifests.render("k8s/overlays/prod"), "Deployment", "response-service")
                .deepCopy();
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("imagePullPolicyy", container.remove("imagePullPolicy"));
        assertThatThrownBy(() -> StrictModel.parse(deployment))
                .hasMessageContaining("spec.template.spec.containers[0].imagePullPolicyy");
    }

    @Test
    void aMisspelledFieldDeepInAProbeFails() {
        ObjectNode deployment = Manifests.named(Manifests.render("k8s/overlays/prod"), "Deployment", "sentiment-service")
                .deepCopy();
        ObjectNode probe = (ObjectNode) deployment.at("/spec/template/spec/containers/0/startupProbe");
        probe.set("failureTreshold", probe.remove("failureThreshold"));
        assertThatThrownBy(() -> StrictModel.parse(deployment)).hasMessageContaining("failureTreshold");
    }

    @Test
    void aStringWhereTheApiWantsANumberFails() {
        ObjectNode hpa = Manifests.named(Manifests.render("k8s/overlays/prod"), "HorizontalPodAutoscaler",
                "sentiment-service").deepCopy();
        ((ObjectNode) hpa.get("spec")).put("maxReplicas", "6");
        assertThatThrownBy(() -> StrictModel.parse(hpa)).hasMessageContaining("maxReplicas");
    }

    @Test
    void aMisspelledFieldInACustomResourceFails() {
        ObjectNode topic = Manifests.named(Manifests.render("k8s/infra/overlays/prod"), "KafkaTopic", "posts-observed")
                .deepCopy();
        ObjectNode spec = (ObjectNode) topic.get("spec");
        spec.set("partitons", spec.remove("partitions"));
        assertThat(CrdSchemas.validate(topic)).anySatisfy(p -> assertThat(p).contains("unknown field partitons"))
                .anySatisfy(p -> assertThat(p).contains("required field partitions"));
    }

    @Test
    void aCoreTypeInsideACustomResourceIsParsedStrictly() {
        ObjectNode pool = Manifests.named(Manifests.render("k8s/infra/overlays/prod"), "KafkaNodePool", "kafka")
                .deepCopy();
        ((ObjectNode) pool.at("/spec/resources")).set("limts", pool.at("/spec/resources/limits").deepCopy());
        assertThat(CrdSchemas.validate(pool)).anySatisfy(p -> assertThat(p).contains("limts"));
    }

    /** End to end: a typo written into a manifest file under k8s/ fails the same check the build runs. */
    @Test
    void aTypoInAManifestFileFailsTheBuildCheck(@TempDir Path copy) throws IOException {
        Path source = Manifests.root().resolve("k8s");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path deployment = copy.resolve("base/collector/deployment-api.yaml");
        String text = Files.readString(deployment);
        assertThat(text).contains("readOnlyRootFilesystem: true");
        Files.writeString(deployment, text.replace("readOnlyRootFilesystem: true", "readOnlyRootFileSystem: true"));

        List<ObjectNode> rendered = KustomizeRenderer.render(copy.resolve("overlays/prod"));
        assertThat(problems(rendered)).anySatisfy(p -> assertThat(p)
                .contains("Deployment collector-service")
                .contains("securityContext.readOnlyRootFileSystem"));
    }

    @Test
    void anUnknownKindFails() {
        JsonNode object = Yaml.read("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n", "test");
        assertThat(problems(List.of((ObjectNode) object))).singleElement().asString().contains("no model or schema");
    }
}
