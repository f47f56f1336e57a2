package io.replydesk.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.k8s.render.KustomizeRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The offline renderer: every kustomization renders, and matches {@code kubectl kustomize} where kubectl exists. */
class KustomizeRendererTest {

    static List<String> kustomizations() {
        return Manifests.KUSTOMIZATIONS;
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void renders(String kustomization) {
        assertThat(Manifests.render(kustomization)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void matchesKubectlKustomizeWhenKubectlIsInstalled(String kustomization) throws Exception {
        String kubectl = kubectl();
        assumeTrue(kubectl != null, "kubectl is not installed: the offline renderer alone is used");
        Process process = new ProcessBuilder(kubectl, "kustomize", Manifests.root().resolve(kustomization).toString())
                .redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("kubectl kustomize %s: %s", kustomization, err).isZero();
        Map<String, JsonNode> expected = byId(Yaml.readAll(new String(out, StandardCharsets.UTF_8), "kubectl"));
        Map<String, JsonNode> actual = byId(Manifests.render(kustomization));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, object) -> assertThat(actual.get(id)).as(id).isEqualTo(object));
    }

    @Test
    void strategicMergeMergesContainersAndEnvByNameAndReplacesOtherLists(@TempDir Path dir) throws IOException {
        write(dir.resolve("base/kustomization.yaml"), "resources: [d.yaml]\n");
        write(dir.resolve("base/d.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  template:
                    spec:
                      containers:
                        - name: a
                          image: x/a
                          args: [one, two]
                          env: [{name: A, value: "1"}, {name: B, value: "2"}]
                        - name: b
                          image: x/b
                """);
        write(dir.resolve("over/kustomization.yaml"), """
                namespace: ns
                resources: [../base]
                patches: [{path: p.yaml}]
                images: [{name: x/a, newName: r/x/a, newTag: "1.0"}]
                """);
        write(dir.resolve("over/p.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  replicas: 3
                  template:
                    spec:
                      containers:
                        - name: a
                          args: [three]
                          env: [{name: B, value: "20"}, {name: C, value: "3"}]
                """);
        ObjectNode d = KustomizeRenderer.render(dir.resolve("over")).get(0);
        JsonNode a = d.at("/spec/template/spec/containers/0");
        assertThat(d.at("/metadata/namespace").asText()).isEqualTo("ns");
        assertThat(d.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(a.get("image").asText()).isEqualTo("r/x/a:1.0");
        assertThat(a.get("args").toString()).isEqualTo("[\"three\"]");
        assertThat(a.get("env").toString())
                .isEqualTo("[{\"name\":\"A\",\"value\":\"1\"},{\"name\":\"B\",\"value\":\"20\"},{\"name\":\"C\",\"value\":\"3\"}]");
        assertThat(d.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("x/b");
    }

    @Test
    void refusesKustomizeFeaturesItDoesNotImplement(@TempDir Path dir) throws IOException {
        write(dir.resolve("kustomization.yaml"), "resources: []\nnamePrefix: x-\n");
        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).hasMessageContaining("namePrefix");
    }

    @Test
    void aPatchThatMatchesNothingFails(@TempDir Path dir) throws IOException {
        write(dir.resolve("kustomization.yaml"), "resources: [d.yaml]\npatches: [{path: p.yaml}]\n");
        write(dir.resolve("d.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n");
        write(dir.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\ndata: {x: y}\n");
        assertThatThrownBy(() -> KustomizeRenderer.render(dir)).hasMessageContaining("matches no resource");
    }

    private static Map<String, JsonNode> byId(List<ObjectNode> objects) {
        Map<String, JsonNode> map = new TreeMap<>();
        for (ObjectNode o : objects) {
            map.put(o.path("apiVersion").asText() + "/" + o.path("kind").asText() + "/"
                    + o.path("metadata").path("namespace").asText() + "/" + Manifests.name(o), o);
        }
        return map;
    }

    private static String kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
