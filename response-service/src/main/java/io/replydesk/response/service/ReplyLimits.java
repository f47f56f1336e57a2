package io.replydesk.response.service;

import io.replydesk.response.config.ResponseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.OptionalInt;

/** How long a reply may be on the platform it goes to, from the configured per-source-type limits. */
@ApplicationScoped
public class ReplyLimits {

    @Inject
    ResponseConfig config;

    /**
     * @param authorHandle the post's author, whose "@handle " a mentioning platform counts in the limit
     * @return the longest reply in characters (code points), or empty when the platform sets none
     */
    public OptionalInt limitFor(String sourceType, String authorHandle) {
        if (sourceType == null) {
            return OptionalInt.empty();
        }
        ResponseConfig.Platform platform = config.platforms().get(sourceType.toLowerCase(Locale.ROOT));
        if (platform == null || platform.maxLength().isEmpty()) {
            return OptionalInt.empty();
        }
        int limit = platform.maxLength().getAsInt();
        if (platform.mentionsAuthor() && authorHandle != null && !authorHandle.isBlank()) {
            String mention = "@" + authorHandle.replaceFirst("^@", "") + " ";
            limit -= mention.codePointCount(0, mention.length());
        }
        return OptionalInt.of(Math.max(1, limit));
    }
}
