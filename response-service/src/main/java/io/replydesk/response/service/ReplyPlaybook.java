package io.replydesk.response.service;

import io.replydesk.events.PostAssessed;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Drafts the first reply to a negative post, following the usual complaint-handling advice: thank the
 * author, apologise sincerely, acknowledge the problem without arguing or minimising it, and offer a private
 * channel to put it right. The post's own words are never copied into the reply (they may hold personal data
 * or insults) and never evaluated; the wording varies per post so replies do not look canned, but is the
 * same every time for the same post.
 */
@Singleton
public class ReplyPlaybook {

    static final String FALLBACK_LANGUAGE = "en";
    static final List<String> LANGUAGES = List.of("en", "it", "hu");

    private final Map<String, PhraseBook> books;

    public ReplyPlaybook() {
        books = Map.of("en", PhraseBook.load("en"), "it", PhraseBook.load("it"), "hu", PhraseBook.load("hu"));
    }

    /** A draft reply, in the language it is written in. */
    public record Reply(String language, String text) {
    }

    public Reply draft(PostAssessed assessed) {
        String language = languageOf(assessed);
        PhraseBook book = books.get(language);
        String seed = assessed.post().postId();
        String text = String.join(" ",
                pick(book.thanks(), seed, "thanks"),
                pick(book.apology(), seed, "apology"),
                pick(book.acknowledgementFor(assessed.category()), seed, "acknowledgement"),
                pick(book.privateChannel(), seed, "privateChannel"),
                pick(book.closing(), seed, "closing"));
        return new Reply(language, text);
    }

    /** The assessed language, else the platform's; languages without a phrase book get English. */
    static String languageOf(PostAssessed assessed) {
        String language = primary(assessed.language());
        if (language == null) {
            language = primary(assessed.post().language());
        }
        return language != null && LANGUAGES.contains(language) ? language : FALLBACK_LANGUAGE;
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
    private static String pick(List<String> phrases, String seed, String part) {
        long digest = UUID.nameUUIDFromBytes((seed + '/' + part).getBytes(StandardCharsets.UTF_8))
                .getLeastSignificantBits();
        return phrases.get((int) Math.floorMod(digest, (long) phrases.size()));
    }
}
