package io.replydesk.response.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.response.Situation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One language of the playbook, read from {@code playbook/<language>.json}: the phrases templates may use (each
 * with interchangeable wordings, some per category) and the default templates per situation and category.
 * Phrases are plain text handed to templates as data, never parsed as templates themselves.
 */
record LanguagePack(String language, String name, Map<String, Map<String, List<String>>> phrases,
        Map<Situation, Map<String, List<String>>> templates) {

    /** The category key of phrases and templates that apply when nothing more specific exists. */
    static final String DEFAULT = "default";
    private static final ObjectMapper JSON = new ObjectMapper();

    static LanguagePack load(String language, Optional<String> directory) {
        String file = language + ".json";
        try {
            if (directory.isPresent() && Files.isRegularFile(Path.of(directory.get(), file))) {
                try (InputStream in = Files.newInputStream(Path.of(directory.get(), file))) {
                    return parse(language, JSON.readTree(in));
                }
            }
            try (InputStream in = LanguagePack.class.getClassLoader().getResourceAsStream("playbook/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("no playbook file for language '" + language + "'");
                }
                return parse(language, JSON.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read playbook file " + file, e);
        }
    }

    private static LanguagePack parse(String language, JsonNode root) {
        Map<String, Map<String, List<String>>> phrases = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("phrases").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> part = it.next();
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            if (part.getValue().isArray()) {
                byCategory.put(DEFAULT, strings(language, part.getKey(), part.getValue()));
            } else {
                part.getValue().fields().forEachRemaining(c -> byCategory.put(c.getKey(),
                        strings(language, part.getKey() + "." + c.getKey(), c.getValue())));
            }
            if (!byCategory.containsKey(DEFAULT)) {
                throw new IllegalStateException(language + ": phrase " + part.getKey() + " lacks a default");
            }
            phrases.put(part.getKey(), Map.copyOf(byCategory));
        }
        Map<Situation, Map<String, List<String>>> templates = new EnumMap<>(Situation.class);
        for (Situation situation : Situation.values()) {
            Map<String, List<String>> byCategory = new LinkedHashMap<>();
            root.path("templates").path(situation.name()).fields().forEachRemaining(c -> byCategory.put(c.getKey(),
                    strings(language, situation + "." + c.getKey(), c.getValue())));
            if (!byCategory.containsKey(DEFAULT)) {
                throw new IllegalStateException(language + ": templates." + situation + " lacks a default");
            }
            templates.put(situation, Map.copyOf(byCategory));
        }
        return new LanguagePack(language, root.path("name").asText(language), Map.copyOf(phrases),
                Map.copyOf(templates));
    }

    private static List<String> strings(String language, String part, JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        if (values.isEmpty() || values.stream().anyMatch(String::isBlank)) {
            throw new IllegalStateException(language + ": " + part + " needs at least one non-blank entry");
        }
        return List.copyOf(values);
    }

    /** The phrase variants of one part for a category, else the part's default. */
    List<String> phrase(String part, String category) {
        Map<String, List<String>> byCategory = phrases.get(part);
        return category != null && byCategory.containsKey(category) ? byCategory.get(category)
                : byCategory.get(DEFAULT);
    }

    /** @return the file's own templates of exactly this cell, if it has them */
    Optional<List<String>> templates(Situation situation, String category) {
        return Optional.ofNullable(templates.get(situation).get(category));
    }
}
