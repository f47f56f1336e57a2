package io.replydesk.k8s;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads YAML (also multi-document streams) into Jackson trees; duplicate keys are an error, as in kubectl. */
public final class Yaml {

    public static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Yaml() {
    }

    public static List<ObjectNode> readAll(String text, String origin) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(text)) {
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node == null || node.isNull() || node.isMissingNode()) {
                    continue; // an empty document between two "---"
                }
                if (!node.isObject()) {
                    throw new IllegalArgumentException(origin + ": a document is not a mapping: " + node);
                }
                documents.add((ObjectNode) node);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    public static List<ObjectNode> readAll(Path file) {
        try {
            return readAll(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String text, String origin) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": not valid YAML: " + e.getMessage(), e);
        }
    }
}
