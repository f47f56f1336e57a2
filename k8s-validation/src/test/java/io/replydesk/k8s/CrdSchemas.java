package io.replydesk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.Quantity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Minimal schemas of the custom resources ReplyDesk uses (Strimzi, CloudNativePG, Prometheus Operator, KEDA),
 * written from their documented fields in {@code src/test/resources/crd-schemas}. Objects are closed: a field
 * the schema does not list fails, so a typo cannot pass; a real field missing from a schema is added there,
 * with its documented type. Schema vocabulary: {@code type} (object, array, string, integer, boolean, scalar,
 * quantity, any), {@code properties}, {@code required}, {@code additionalProperties} (a schema: a map with free
 * keys), {@code items}, {@code enum}, {@code minimum}, and {@code model} (a fabric8 class, parsed strictly).
 */
public final class CrdSchemas {

    private static final List<String> FILES = List.of("strimzi-kafka.yaml", "strimzi-kafkanodepool.yaml",
            "strimzi-kafkatopic.yaml", "cnpg-cluster.yaml", "prometheus-servicemonitor.yaml", "keda-scaledobject.yaml");
    private static final Set<String> TOP_LEVEL = Set.of("apiVersion", "kind", "metadata", "spec");
    private static final Map<String, JsonNode> SCHEMAS = load();

    private CrdSchemas() {
    }

    private static Map<String, JsonNode> load() {
        Map<String, JsonNode> schemas = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = CrdSchemas.class.getResourceAsStream("/crd-schemas/" + file)) {
                JsonNode schema = Yaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
                schemas.put(schema.get("apiVersion").asText() + "/" + schema.get("kind").asText(), schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }

    public static boolean knows(JsonNode resource) {
        return SCHEMAS.containsKey(StrictModel.key(resource));
    }

    /** Every problem found; empty when the resource conforms. */
    public static List<String> validate(JsonNode resource) {
        String where = resource.path("kind").asText() + " " + resource.path("metadata").path("name").asText();
        JsonNode schema = SCHEMAS.get(StrictModel.key(resource));
        List<String> problems = new ArrayList<>();
        if (schema == null) {
            problems.add(where + ": no schema for " + StrictModel.key(resource));
            return problems;
        }
        resource.fieldNames().forEachRemaining(f -> {
            if (!TOP_LEVEL.contains(f)) {
                problems.add(where + ": unknown top-level field " + f);
            }
        });
        try {
            StrictModel.parse(resource.path("metadata"), ObjectMeta.class, where + " metadata");
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        check(resource.path("spec"), schema.get("spec"), where + " spec", problems);
        return problems;
    }

    private static void check(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (value.isMissingNode()) {
            problems.add(path + ": missing");
            return;
        }
        if (schema.has("model")) {
            try {
                StrictModel.parse(value, Class.forName(schema.get("model").asText()), path);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("schema names an unknown model class " + schema.get("model"), e);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            return;
        }
        String type = schema.path("type").asText("any");
        switch (type) {
            case "object" -> checkObject(value, schema, path, problems);
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + ": expected a list, got " + value.getNodeType());
                } else {
                    for (int i = 0; i < value.size(); i++) {
                        check(value.get(i), schema.get("items"), path + "[" + i + "]", problems);
                    }
                }
            }
            case "string" -> expect(value.isTextual(), value, path, "a string", problems);
            case "integer" -> {
                expect(value.isIntegralNumber(), value, path, "an integer", problems);
                if (value.isIntegralNumber() && schema.has("minimum") && value.asLong() < schema.get("minimum").asLong()) {
                    problems.add(path + ": " + value + " is below the minimum " + schema.get("minimum"));
                }
            }
            case "boolean" -> expect(value.isBoolean(), value, path, "a boolean", problems);
            case "scalar" -> expect(value.isValueNode() && !value.isNull(), value, path, "a scalar", problems);
            case "quantity" -> {
                try {
                    Quantity.getAmountInBytes(new Quantity(value.asText()));
                    expect(value.isTextual() || value.isNumber(), value, path, "a quantity", problems);
                } catch (RuntimeException e) {
                    problems.add(path + ": not a quantity: " + value);
                }
            }
            case "any" -> {
            }
            default -> throw new IllegalStateException("unknown schema type " + type + " at " + path);
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
    }

    private static void checkObject(JsonNode value, JsonNode schema, String path, List<String> problems) {
        if (!value.isObject()) {
            problems.add(path + ": expected an object, got " + value.getNodeType());
            return;
        }
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + ": required field " + required.asText() + " is missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode fieldSchema = properties.get(field.getKey());
            if (fieldSchema != null) {
                check(field.getValue(), fieldSchema, path + "." + field.getKey(), problems);
            } else if (additional != null) {
                check(field.getValue(), additional, path + "[" + field.getKey() + "]", problems);
            } else {
                problems.add(path + ": unknown field " + field.getKey());
            }
        }
    }

    private static void expect(boolean ok, JsonNode value, String path, String what, List<String> problems) {
        if (!ok) {
            problems.add(path + ": expected " + what + ", got " + value.getNodeType() + " " + value);
        }
    }
}
