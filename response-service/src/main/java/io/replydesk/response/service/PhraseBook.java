package io.replydesk.response.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The phrases of one language, read from {@code playbook/<language>.json}: each part of a reply has several
 * interchangeable wordings. Phrases are plain text, never templates: nothing in them is evaluated.
 */
record PhraseBook(
        List<String> thanks,
        List<String> apology,
        Map<String, List<String>> acknowledgement,
        List<String> privateChannel,
        List<String> closing) {

    static final String DEFAULT_CATEGORY = "default";
    private static final ObjectMapper JSON = new ObjectMapper();

    PhraseBook {
        thanks = required("thanks", thanks);
        apology = required("apology", apology);
        privateChannel = required("privateChannel", privateChannel);
        closing = required("closing", closing);
        if (acknowledgement == null || !acknowledgement.containsKey(DEFAULT_CATEGORY)) {
            throw new IllegalStateException("playbook lacks acknowledgement." + DEFAULT_CATEGORY);
        }
        acknowledgement.forEach((category, phrases) -> required("acknowledgement." + category, phrases));
        acknowledgement = Map.copyOf(acknowledgement);
    }

    static PhraseBook load(String language) {
        String resource = "playbook/" + language + ".json";
        try (InputStream in = PhraseBook.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return JSON.readValue(in, PhraseBook.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    List<String> acknowledgementFor(String category) {
        return category == null ? acknowledgement.get(DEFAULT_CATEGORY)
                : acknowledgement.getOrDefault(category, acknowledgement.get(DEFAULT_CATEGORY));
    }

    private static List<String> required(String part, List<String> phrases) {
        if (phrases == null || phrases.isEmpty() || phrases.stream().anyMatch(p -> p == null || p.isBlank())) {
            throw new IllegalStateException("playbook part " + part + " needs at least one non-blank phrase");
        }
        return List.copyOf(phrases);
    }
}
