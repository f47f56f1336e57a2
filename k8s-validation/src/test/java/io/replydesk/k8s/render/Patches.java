package io.replydesk.k8s.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The three patch kinds the renderer supports: strategic merge for built-in kinds (lists merged by the same
 * keys Kubernetes declares for the fields we patch), JSON merge (RFC 7386) for custom resources, and JSON 6902
 * (add, replace, remove). Anything else ({@code $patch} directives inside a document, other operations) is
 * refused, so the renderer never silently differs from kustomize.
 */
public final class Patches {

    /** Kinds whose schema kustomize knows, so it merges their lists by key (strategic merge). */
    static final Set<String> BUILT_IN_GROUPS = Set.of("v1", "apps/v1", "autoscaling/v2", "policy/v1",
            "networking.k8s.io/v1", "batch/v1", "rbac.authorization.k8s.io/v1");

    /** patchMergeKey of each list field we patch, from the Kubernetes API (core/v1 PodSpec, Container, Service). */
    private static final Map<String, String> MERGE_KEYS = Map.of(
            "containers", "name",
            "initContainers", "name",
            "env", "name",
            "volumes", "name",
            "volumeMounts", "mountPath",
            "imagePullSecrets", "name");

    private Patches() {
    }

    public static boolean isBuiltIn(JsonNode resource) {
        return BUILT_IN_GROUPS.contains(resource.path("apiVersion").asText());
    }

    /** Applies a strategic merge patch (built-in kinds) or a JSON merge patch (custom resources) in place. */
    public static void merge(ObjectNode target, ObjectNode patch, boolean strategic, String where) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.startsWith("$")) {
                throw new UnsupportedOperationException(where + ": directive " + key + " is not supported here");
            }
            JsonNode current = target.get(key);
            if (value.isNull()) {
                target.remove(key);
            } else if (value.isObject() && current != null && current.isObject()) {
                merge((ObjectNode) current, (ObjectNode) value, strategic, where + "." + key);
            } else if (strategic && value.isArray() && current != null && current.isArray()
                    && mergeKey(key, (ArrayNode) current, (ArrayNode) value) != null) {
                mergeList((ArrayNode) current, (ArrayNode) value, mergeKey(key, (ArrayNode) current, (ArrayNode) value),
                        where + "." + key);
            } else {
                target.set(key, value.deepCopy());
            }
        }
    }

    private static String mergeKey(String field, ArrayNode current, ArrayNode patch) {
        if (field.equals("ports")) {
            // container ports merge on containerPort, Service ports on port
            JsonNode sample = current.isEmpty() ? patch.get(0) : current.get(0);
            return sample != null && sample.has("containerPort") ? "containerPort" : "port";
        }
        return MERGE_KEYS.get(field);
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String key, String where) {
        for (JsonNode item : patch) {
            if (!item.isObject() || !item.has(key)) {
                throw new IllegalArgumentException(where + ": list item without merge key " + key + ": " + item);
            }
            ObjectNode match = null;
            for (JsonNode existing : current) {
                if (existing.path(key).equals(item.get(key))) {
                    match = (ObjectNode) existing;
                }
            }
            if (match == null) {
                current.add(item.deepCopy());
            } else {
                merge(match, (ObjectNode) item, true, where + "[" + key + "=" + item.get(key).asText() + "]");
            }
        }
    }

    /** Applies JSON 6902 operations (add, replace, remove) in place. */
    public static void json6902(ObjectNode target, ArrayNode operations, String where) {
        for (JsonNode op : operations) {
            String kind = op.path("op").asText();
            String path = op.path("path").asText();
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException(where + ": path must start with /: " + path);
            }
            String[] tokens = path.substring(1).split("/", -1);
            JsonNode parent = target;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]), where + " " + path);
            }
            String last = unescape(tokens[tokens.length - 1]);
            switch (kind) {
                case "add", "replace" -> {
                    JsonNode value = op.get("value");
                    if (value == null) {
                        throw new IllegalArgumentException(where + ": " + kind + " " + path + " has no value");
                    }
                    if (kind.equals("replace")) {
                        child(parent, last, where + " " + path); // must exist
                    }
                    set(parent, last, value.deepCopy(), kind.equals("add"), where + " " + path);
                }
                case "remove" -> {
                    child(parent, last, where + " " + path);
                    if (parent.isArray()) {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    } else {
                        ((ObjectNode) parent).remove(last);
                    }
                }
                default -> throw new UnsupportedOperationException(where + ": JSON 6902 op " + kind + " not supported");
            }
        }
    }

    private static JsonNode child(JsonNode parent, String token, String where) {
        JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
        if (child == null) {
            throw new IllegalArgumentException(where + ": no such element " + token);
        }
        return child;
    }

    private static void set(JsonNode parent, String token, JsonNode value, boolean insert, String where) {
        if (parent.isArray()) {
            ArrayNode array = (ArrayNode) parent;
            if (token.equals("-")) {
                array.add(value);
            } else if (insert) {
                array.insert(Integer.parseInt(token), value);
            } else {
                array.set(Integer.parseInt(token), value);
            }
        } else if (parent.isObject()) {
            ((ObjectNode) parent).set(token, value);
        } else {
            throw new IllegalArgumentException(where + ": parent is not a container");
        }
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
