package io.replydesk.response.service;

import io.replydesk.events.Engagement;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.PostObserved;
import io.replydesk.events.Reason;
import io.replydesk.response.Situation;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an approver who does not read the post's language is told about it, in English. No machine translation
 * runs offline, so the post's gloss is a structured summary of the assessment rather than a translation; the
 * reply's gloss is exact (see {@link ReplyPlaybook}).
 */
public final class ApproverNotes {

    private ApproverNotes() {
    }

    /** e.g. "Italian REVIEW on webhook source shop-1, rated 1/5. Sentiment NEGATIVE (-0.80). Category ...". */
    public static String postGloss(PostAssessed assessed, String languageName) {
        PostObserved post = assessed.post();
        StringBuilder gloss = new StringBuilder();
        gloss.append(languageName).append(' ').append(post.kind() == null ? "post" : post.kind().name()
                .toLowerCase(Locale.ROOT)).append(" on ").append(post.sourceType()).append(" source ")
                .append(post.sourceId());
        if (post.rating() != null) {
            gloss.append(", rated ").append(post.rating()).append('/').append(post.ratingScale() == null ? 5
                    : post.ratingScale());
        }
        gloss.append('.');
        if (post.author() != null && post.author().followers() != null) {
            gloss.append(" The author has ").append(post.author().followers()).append(" followers.");
        }
        Engagement engagement = post.engagement();
        if (engagement != null) {
            gloss.append(" Engagement: ").append(count(engagement.likes())).append(" likes, ")
                    .append(count(engagement.shares())).append(" shares, ").append(count(engagement.replies()))
                    .append(" replies").append(engagement.views() == null ? "" : ", " + engagement.views() + " views")
                    .append('.');
        }
        if (assessed.sentiment() != null) {
            gloss.append(" Sentiment ").append(assessed.sentiment().label())
                    .append(String.format(Locale.ROOT, " (%.2f).", assessed.sentiment().score()));
        }
        gloss.append(" Category ").append(assessed.category() == null ? "OTHER" : assessed.category()).append('.');
        if (!assessed.flags().isEmpty()) {
            gloss.append(" Flags: ").append(assessed.flags().stream().map(Enum::name)
                    .collect(Collectors.joining(", "))).append('.');
        }
        for (Reason reason : assessed.reasons()) {
            gloss.append(" ").append(reason.flag()).append(" because ").append(reason.code())
                    .append(reason.detail() == null ? "" : ": " + reason.detail()).append('.');
        }
        return gloss.toString();
    }

    /** Guidance for the approver when a reply needs particular care; null when it does not. */
    public static String careNote(PostAssessed assessed, Situation situation) {
        StringBuilder note = new StringBuilder();
        if (situation == Situation.UNREASONABLE) {
            note.append("Unreasonable complaint (");
            note.append(assessed.reasons().stream().filter(r -> r.flag() == Flag.UNREASONABLE).map(Reason::code)
                    .collect(Collectors.joining(", ")));
            note.append("): stay courteous and factual, do not argue and do not concede claims that are not"
                    + " established, promise no compensation in public, never repeat insults or personal data;"
                    + " take it to a private channel.");
        }
        if (assessed.flagged(Flag.VIRAL)) {
            if (note.length() > 0) {
                note.append(' ');
            }
            note.append("Spreading fast: answer quickly, and keep public statements to what is known.");
        }
        return note.length() == 0 ? null : note.toString();
    }

    private static long count(Long value) {
        return value == null ? 0 : value;
    }
}
