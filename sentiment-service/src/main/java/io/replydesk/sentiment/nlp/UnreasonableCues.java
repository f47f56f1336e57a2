package io.replydesk.sentiment.nlp;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Phrases that point at an unreasonable complaint, per language ({@code unreasonable/<lang>.txt}): threats,
 * insults, outsized demands, things no business controls, and the trifles a complaint may rest on.
 */
public final class UnreasonableCues {

    /** The kinds of cue; each maps to one form of UNREASONABLE. */
    public enum Cue {
        EXTORTION,
        ABUSE,
        DISPROPORTIONATE_DEMAND,
        OUTSIDE_CONTROL,
        TRIVIAL
    }

    private final TermIndex<Cue> cues = new TermIndex<>();

    private UnreasonableCues() {
    }

    public static UnreasonableCues load(String language) {
        UnreasonableCues loaded = new UnreasonableCues();
        KeywordFile.read("unreasonable/" + language + ".txt", Cue.class, loaded.cues);
        return loaded;
    }

    /** The first phrase of each kind found in the text, as written in the list. */
    public Map<Cue, String> find(List<Token> tokens) {
        Map<Cue, String> found = new EnumMap<>(Cue.class);
        for (int i = 0; i < tokens.size(); i++) {
            Optional<TermIndex.Match<Cue>> match = cues.match(tokens, i);
            if (match.isPresent()) {
                found.putIfAbsent(match.get().value(), match.get().term().replace("*", ""));
                i += match.get().length() - 1;
            }
        }
        return found;
    }
}
