package io.replydesk.response.service;

import io.replydesk.events.PostAssessed;
import io.replydesk.response.PlaybookCell;
import io.replydesk.response.PlaybookTemplate;
import io.replydesk.response.Situation;
import io.replydesk.response.config.ResponseConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Drafts replies from the playbook: per language, situation and failure category a set of Qute templates that
 * compose the seeds' advice (thank, apologise, acknowledge the failure in general terms, say what will be
 * done, offer a private channel). Which template variant and which wording of each phrase a post gets is
 * derived from its id: the same post always gets the same reply, different posts differ. The post's own words
 * are never copied into the reply (they may hold personal data or insults) and never parsed as a template.
 * Languages are parallel, so the same choices rendered in English are an exact gloss of the reply.
 */
@ApplicationScoped
public class ReplyPlaybook {

    /** The language of glosses and the fallback for posts in languages without a playbook file. */
    public static final String ENGLISH = "en";

    @Inject
    ResponseConfig config;

    private final TemplateSandbox sandbox = new TemplateSandbox();
    private Map<String, LanguagePack> packs;

    /** A drafted reply and the same reply in English. */
    public record Reply(String language, Situation situation, String text, String englishGloss) {
    }

    /**
     * The variants that apply to a cell, where they come from ({@code edited} through the API or the
     * {@code file}, of this cell or of the situation's default it inherits) and the cell's own edit version.
     */
    public record Resolved(PlaybookCell cell, PlaybookCell from, String source, List<String> variants,
            long version) {
    }

    @PostConstruct
    void load() {
        Map<String, LanguagePack> loaded = new LinkedHashMap<>();
        for (String language : config.playbook().languages()) {
            String code = language.trim().toLowerCase(Locale.ROOT);
            loaded.put(code, LanguagePack.load(code, config.playbook().directory()));
        }
        if (!loaded.containsKey(ENGLISH)) {
            loaded.put(ENGLISH, LanguagePack.load(ENGLISH, config.playbook().directory()));
        }
        packs = Map.copyOf(loaded);
    }

    public List<String> languages() {
        return config.playbook().languages().stream().map(l -> l.trim().toLowerCase(Locale.ROOT)).toList();
    }

    public boolean knows(String language) {
        return packs.containsKey(language);
    }

    /** The language's own name, as its file gives it. */
    public String languageName(String language) {
        LanguagePack pack = packs.get(language);
        return pack == null ? language : pack.name();
    }

    /** Categories some file has its own phrases or templates for, plus {@code default}. */
    public List<String> knownCategories() {
        return packs.values().stream().flatMap(p -> p.phrases().get("acknowledgement").keySet().stream())
                .distinct().sorted((a, b) -> LanguagePack.DEFAULT.equals(a) ? -1
                        : LanguagePack.DEFAULT.equals(b) ? 1 : a.compareTo(b))
                .toList();
    }

    /**
     * Drafts the reply for one post.
     *
     * @param limit the platform's reply limit: longer variants are passed over, and if none fits the reply is
     *     cut at a sentence boundary
     */
    public Reply draft(PostAssessed assessed, Situation situation, OptionalInt limit) {
        String language = languageOf(assessed);
        String seed = assessed.post().postId();
        String category = assessed.category();
        Resolved resolved = resolve(new PlaybookCell(language, situation, categoryKey(category)));
        Map<String, Object> model = model(language, situation, assessed, seed, limit);
        int first = pick(resolved.variants().size(), seed, "variant");
        int chosen = first;
        String text = null;
        for (int i = 0; i < resolved.variants().size(); i++) {
            int index = (first + i) % resolved.variants().size();
            String candidate = sandbox.render(resolved.variants().get(index), model);
            if (limit.isEmpty() || length(candidate) <= limit.getAsInt()) {
                chosen = index;
                text = candidate;
                break;
            }
        }
        int dropped = 0;
        if (text == null) {
            text = sandbox.render(resolved.variants().get(first), model);
            while (length(text) > limit.getAsInt() && sentences(text).size() > 1) {
                text = withoutLastSentence(text);
                dropped++;
            }
            text = cut(text, limit.getAsInt());
        }
        String gloss = text;
        if (!ENGLISH.equals(language)) {
            Resolved english = resolve(new PlaybookCell(ENGLISH, situation, categoryKey(category)));
            gloss = sandbox.render(english.variants().get(chosen % english.variants().size()),
                    model(ENGLISH, situation, assessed, seed, limit));
            for (int i = 0; i < dropped; i++) {
                gloss = withoutLastSentence(gloss);
            }
        }
        return new Reply(language, situation, text, gloss);
    }

    /** Renders one template source with a sample model of the language, as a check and a preview. */
    public String preview(String language, Situation situation, String category, String source) {
        if (source == null || source.isBlank()) {
            throw new InvalidTemplateException("is blank");
        }
        if (source.length() > config.playbook().maxTemplateLength()) {
            throw new InvalidTemplateException("has " + source.length() + " characters; at most "
                    + config.playbook().maxTemplateLength() + " are allowed");
        }
        Map<String, Object> model = new HashMap<>();
        LanguagePack pack = packs.get(language);
        for (String part : TemplateSandbox.PHRASE_PARTS) {
            model.put(part, pack.phrase(part, category).get(0));
        }
        model.put("category", category);
        model.put("situation", situation.name());
        model.put("language", language);
        model.put("platform", "mastodon");
        model.put("rating", 2);
        model.put("ratingScale", 5);
        model.put("maxLength", 500);
        String text = sandbox.render(source, model);
        if (text.isBlank()) {
            throw new InvalidTemplateException("renders to an empty reply");
        }
        return text;
    }

    /** The data model's names and what they hold. */
    public Map<String, String> dataModel() {
        return TemplateSandbox.DATA_MODEL;
    }

    /**
     * Edited variants of the cell, else the file's; else the same for the situation's default category.
     */
    public Resolved resolve(PlaybookCell cell) {
        LanguagePack pack = packs.get(cell.language());
        List<PlaybookCell> candidates = new ArrayList<>(List.of(cell));
        if (!LanguagePack.DEFAULT.equals(cell.category())) {
            candidates.add(new PlaybookCell(cell.language(), cell.situation(), LanguagePack.DEFAULT));
        }
        for (PlaybookCell candidate : candidates) {
            Optional<PlaybookTemplate> edited = PlaybookTemplate.findByIdOptional(candidate);
            if (edited.isPresent()) {
                return new Resolved(cell, candidate, "edited", edited.get().getVariants(),
                        candidate.equals(cell) ? edited.get().getVersion() : 0);
            }
            Optional<List<String>> file = pack.templates(candidate.situation(), candidate.category());
            if (file.isPresent()) {
                return new Resolved(cell, candidate, "file", file.get(), 0);
            }
        }
        throw new IllegalStateException("playbook " + cell.language() + " has no default for " + cell.situation());
    }

    private Map<String, Object> model(String language, Situation situation, PostAssessed assessed, String seed,
            OptionalInt limit) {
        LanguagePack pack = packs.get(language);
        Map<String, Object> model = new HashMap<>();
        for (String part : TemplateSandbox.PHRASE_PARTS) {
            List<String> phrases = pack.phrase(part, assessed.category());
            model.put(part, phrases.get(pick(phrases.size(), seed, part)));
        }
        model.put("category", assessed.category() == null ? "OTHER" : assessed.category());
        model.put("situation", situation.name());
        model.put("language", language);
        model.put("platform", assessed.post().sourceType());
        model.put("rating", assessed.post().rating());
        model.put("ratingScale", assessed.post().ratingScale());
        model.put("maxLength", limit.isPresent() ? limit.getAsInt() : null);
        return model;
    }

    /** The assessed language, else the platform's; languages without a playbook file get English. */
    public String languageOf(PostAssessed assessed) {
        String language = primary(assessed.language());
        if (language == null) {
            language = primary(assessed.post().language());
        }
        return language != null && packs.containsKey(language) && languages().contains(language) ? language
                : ENGLISH;
    }

    static String categoryKey(String category) {
        return category == null || category.isBlank() || "OTHER".equals(category) ? LanguagePack.DEFAULT : category;
    }

    private static String primary(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        return tag.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /**
     * Deterministic per post and part. A digest rather than String.hashCode: with hashCode the low bits of
     * "seed/part" move together for every part, so each post got one of only a handful of whole replies.
     */
    private static int pick(int size, String seed, String part) {
        long digest = UUID.nameUUIDFromBytes((seed + '/' + part).getBytes(StandardCharsets.UTF_8))
                .getLeastSignificantBits();
        return (int) Math.floorMod(digest, (long) size);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static List<String> sentences(String text) {
        return List.of(text.split("(?<=[.!?])\\s+"));
    }

    private static String withoutLastSentence(String text) {
        List<String> sentences = sentences(text);
        return sentences.size() <= 1 ? text : String.join(" ", sentences.subList(0, sentences.size() - 1));
    }

    /** The last resort for a limit shorter than one sentence: cut at a word and mark the cut. */
    private static String cut(String text, int limit) {
        if (length(text) <= limit) {
            return text;
        }
        int end = text.offsetByCodePoints(0, Math.max(0, limit - 1));
        int space = text.lastIndexOf(' ', end);
        return (space > 0 ? text.substring(0, space) : text.substring(0, end)) + "…";
    }
}
