package io.replydesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.k8s.render.KustomizeRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The repository's kustomizations, rendered once per test run, and look-ups across a rendered set. */
public final class Manifests {

    /** Application overlay → the infrastructure overlay deployed beside it. */
    public static final Map<String, String> ENVIRONMENTS = Map.of(
            "k8s/overlays/dev", "k8s/infra/overlays/dev",
            "k8s/overlays/prod", "k8s/infra/overlays/prod",
            "k8s/overlays/prod-keda", "k8s/infra/overlays/prod");

    public static final List<String> KUSTOMIZATIONS = List.of("k8s/base", "k8s/overlays/dev", "k8s/overlays/prod",
            "k8s/overlays/prod-keda", "k8s/infra/base", "k8s/infra/overlays/dev", "k8s/infra/overlays/prod");

    public static final List<String> SERVICES = List.of("collector-service", "sentiment-service", "response-service");

    private static final Map<String, List<ObjectNode>> RENDERED = new ConcurrentHashMap<>();
    private static final Map<String, ServiceConfig> CONFIGS = new ConcurrentHashMap<>();

    private Manifests() {
    }

    public static Path root() {
        return Path.of(System.getProperty("replydesk.root", "..")).toAbsolutePath().normalize();
    }

    public static List<ObjectNode> render(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, k -> KustomizeRenderer.render(root().resolve(k)));
    }

    /** The application overlay together with its infrastructure: what one cluster runs. */
    public static List<ObjectNode> environment(String appOverlay) {
        List<ObjectNode> all = new ArrayList<>(render(appOverlay));
        all.addAll(render(ENVIRONMENTS.get(appOverlay)));
        return all;
    }

    public static ServiceConfig config(String service) {
        return CONFIGS.computeIfAbsent(service, s -> ServiceConfig.read(root(), s));
    }

    public static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    public static ObjectNode named(List<ObjectNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> name(o).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    public static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    /** The ReplyDesk service a container runs, from its image name ("…/collector-service:0.1.0"). */
    public static String serviceOf(JsonNode container) {
        String image = KustomizeRenderer.imageName(container.path("image").asText());
        return image.substring(image.lastIndexOf('/') + 1);
    }
}
