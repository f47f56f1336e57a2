package io.replydesk.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.k8s.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization the way {@code kubectl kustomize} does, for the subset ReplyDesk's manifests use:
 * {@code resources} (files and directories), {@code patches} (strategic merge / JSON merge from a file or inline,
 * {@code $patch: delete}, JSON 6902 with a target), {@code namespace}, {@code labels} (metadata only) and
 * {@code images}. Any other field fails the render: keep the kustomizations inside this subset, or extend the
 * renderer (and its comparison with kubectl) first.
 */
public final class KustomizeRenderer {

    private static final Set<String> SUPPORTED_FIELDS = Set.of("apiVersion", "kind", "resources", "patches",
            "namespace", "labels", "images");
    private static final Set<String> SUPPORTED_PATCH_FIELDS = Set.of("path", "patch", "target");
    private static final Set<String> SUPPORTED_TARGET_FIELDS = Set.of("kind", "name", "group", "version");

    private KustomizeRenderer() {
    }

    /** The rendered objects, in the order kustomize reads them (resources, depth first). */
    public static List<ObjectNode> render(Path directory) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no kustomization.yaml in " + directory);
        }
        List<ObjectNode> docs = Yaml.readAll(file);
        if (docs.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one document");
        }
        ObjectNode k = docs.get(0);
        k.fieldNames().forEachRemaining(name -> {
            if (!SUPPORTED_FIELDS.contains(name)) {
                throw new UnsupportedOperationException(file + ": field '" + name + "' is not supported by the renderer");
            }
        });
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : k.path("resources")) {
            Path path = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else if (Files.isRegularFile(path)) {
                resources.addAll(Yaml.readAll(path));
            } else {
                throw new IllegalArgumentException(file + ": resource not found: " + entry.asText());
            }
        }
        requireUniqueIds(resources, file);
        for (JsonNode patch : k.path("patches")) {
            applyPatch(directory, resources, (ObjectNode) patch, file);
        }
        if (k.hasNonNull("namespace")) {
            for (ObjectNode resource : resources) {
                ((ObjectNode) resource.with("metadata")).put("namespace", k.get("namespace").asText());
            }
        }
        for (JsonNode label : k.path("labels")) {
            label.fieldNames().forEachRemaining(name -> {
                if (!name.equals("pairs")) {
                    throw new UnsupportedOperationException(file + ": labels." + name + " is not supported");
                }
            });
            for (ObjectNode resource : resources) {
                ObjectNode labels = (ObjectNode) resource.with("metadata").with("labels");
                label.get("pairs").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            }
        }
        for (JsonNode image : k.path("images")) {
            for (ObjectNode resource : resources) {
                setImage(resource, image);
            }
        }
        return resources;
    }

    private static void applyPatch(Path directory, List<ObjectNode> resources, ObjectNode entry, Path file) {
        entry.fieldNames().forEachRemaining(name -> {
            if (!SUPPORTED_PATCH_FIELDS.contains(name)) {
                throw new UnsupportedOperationException(file + ": patches[]." + name + " is not supported");
            }
        });
        String text;
        String origin;
        try {
            if (entry.has("path")) {
                Path patchFile = directory.resolve(entry.get("path").asText());
                text = Files.readString(patchFile);
                origin = patchFile.toString();
            } else {
                text = entry.get("patch").asText();
                origin = file + " (inline patch)";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode target = entry.get("target");
        if (target != null) {
            target.fieldNames().forEachRemaining(name -> {
                if (!SUPPORTED_TARGET_FIELDS.contains(name)) {
                    throw new UnsupportedOperationException(file + ": patches[].target." + name + " is not supported");
                }
            });
        }
        JsonNode parsed = Yaml.read(text, origin);
        if (parsed.isArray()) {
            if (target == null) {
                throw new IllegalArgumentException(origin + ": a JSON 6902 patch needs a target");
            }
            List<ObjectNode> matched = resources.stream().filter(r -> matches(r, target)).toList();
            requireMatch(matched, origin);
            matched.forEach(r -> Patches.json6902(r, (ArrayNode) parsed, origin));
            return;
        }
        for (ObjectNode patch : Yaml.readAll(text, origin)) {
            List<ObjectNode> matched = resources.stream()
                    .filter(r -> target != null ? matches(r, target) : sameId(r, patch)).toList();
            requireMatch(matched, origin + " (" + patch.path("kind").asText() + " "
                    + patch.path("metadata").path("name").asText() + ")");
            if ("delete".equals(patch.path("$patch").asText(null))) {
                resources.removeAll(matched);
                continue;
            }
            for (ObjectNode resource : matched) {
                ObjectNode body = patch.deepCopy();
                if (target != null) {
                    body.remove("metadata"); // kustomize: with a target, the patch's own name is not applied
                }
                Patches.merge(resource, body, Patches.isBuiltIn(resource), origin);
            }
        }
    }

    private static void requireMatch(List<ObjectNode> matched, String origin) {
        if (matched.isEmpty()) {
            throw new IllegalArgumentException(origin + ": the patch matches no resource");
        }
    }

    private static boolean matches(JsonNode resource, JsonNode target) {
        String[] apiVersion = splitApiVersion(resource.path("apiVersion").asText());
        return (!target.has("kind") || target.get("kind").asText().equals(resource.path("kind").asText()))
                && (!target.has("name") || target.get("name").asText().equals(name(resource)))
                && (!target.has("group") || target.get("group").asText().equals(apiVersion[0]))
                && (!target.has("version") || target.get("version").asText().equals(apiVersion[1]));
    }

    private static boolean sameId(JsonNode resource, JsonNode patch) {
        return resource.path("kind").asText().equals(patch.path("kind").asText())
                && name(resource).equals(name(patch))
                && splitApiVersion(resource.path("apiVersion").asText())[0]
                        .equals(splitApiVersion(patch.path("apiVersion").asText())[0]);
    }

    private static String[] splitApiVersion(String apiVersion) {
        int slash = apiVersion.indexOf('/');
        return slash < 0 ? new String[] {"", apiVersion}
                : new String[] {apiVersion.substring(0, slash), apiVersion.substring(slash + 1)};
    }

    private static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    private static void requireUniqueIds(List<ObjectNode> resources, Path file) {
        Map<String, ObjectNode> seen = new LinkedHashMap<>();
        for (ObjectNode r : resources) {
            String id = r.path("apiVersion").asText() + "/" + r.path("kind").asText() + "/"
                    + r.path("metadata").path("namespace").asText() + "/" + name(r);
            if (seen.put(id, r) != null) {
                throw new IllegalArgumentException(file + ": resource " + id + " appears twice");
            }
        }
    }

    private static void setImage(ObjectNode resource, JsonNode image) {
        JsonNode podSpec = resource.path("spec").path("template").path("spec");
        for (String field : List.of("containers", "initContainers")) {
            for (JsonNode container : podSpec.path(field)) {
                String current = container.path("image").asText();
                String name = imageName(current);
                if (name.equals(image.get("name").asText())) {
                    String newName = image.has("newName") ? image.get("newName").asText() : name;
                    String tag = image.has("newTag") ? ":" + image.get("newTag").asText()
                            : current.substring(name.length());
                    ((ObjectNode) container).put("image", newName + tag);
                }
            }
        }
    }

    /** The image without tag or digest ("ghcr.io:443/a/b:1.0" gives "ghcr.io:443/a/b"). */
    public static String imageName(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at < 0 ? image : image.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

}
