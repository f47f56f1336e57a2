package io.replydesk.k8s;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Parses built-in Kubernetes objects into fabric8's typed model and refuses anything the model does not know.
 * fabric8 classes keep unknown fields in {@code additionalProperties} instead of failing, so besides Jackson's
 * FAIL_ON_UNKNOWN_PROPERTIES every parsed object graph is walked and any non-empty additionalProperties is an
 * error naming the path ("spec.template.spec.containers[0].imagePullPolicyy"). Scalars are not coerced: a
 * string where the API wants a number or a boolean fails, as the API server would.
 */
public final class StrictModel {

    /** apiVersion/kind of every built-in kind the manifests may use. */
    public static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class);

    static final ObjectMapper MAPPER = strictMapper();

    private StrictModel() {
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    public static boolean knows(JsonNode resource) {
        return KINDS.containsKey(key(resource));
    }

    static String key(JsonNode resource) {
        return resource.path("apiVersion").asText() + "/" + resource.path("kind").asText();
    }

    /** The typed object, or an exception whose message names the offending field. */
    public static HasMetadata parse(JsonNode resource) {
        Class<? extends HasMetadata> type = KINDS.get(key(resource));
        if (type == null) {
            throw new IllegalArgumentException("no typed model for " + key(resource));
        }
        return parse(resource, type, resource.path("kind").asText() + " " + resource.path("metadata").path("name").asText());
    }

    /** Parses any fabric8 model type strictly (also used for core types embedded in custom resources). */
    public static <T> T parse(JsonNode node, Class<T> type, String where) {
        T value;
        try {
            value = MAPPER.treeToValue(node, type);
        } catch (Exception e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        walk(value, "", unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown or invalid field(s) " + unknown);
        }
        return value;
    }

    private static void walk(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                walk(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", problems));
            return;
        }
        if (value instanceof Quantity quantity) {
            try {
                Quantity.getAmountInBytes(quantity);
            } catch (RuntimeException e) {
                problems.add(path + " (not a quantity: " + quantity + ")");
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        List<Method> getters = new ArrayList<>();
        for (Method m : value.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getName().startsWith("get") && !m.getName().equals("getClass")) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            Object child;
            try {
                child = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> problems.add(join(path, String.valueOf(k))));
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            walk(child, join(path, field), problems);
        }
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
