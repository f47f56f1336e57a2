package io.replydesk.response;

import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.Reason;
import io.replydesk.events.SentimentLabel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the latest assessment of a draft's post said, with the English notes written for it: replaced as a whole
 * when a newer version of the post is assessed, so the inbox orders by what is true now.
 *
 * @param glossPost an English summary of the post and its assessment
 * @param careNote what the approver should watch for, or null
 */
@Embeddable
public record Assessment(
        @Column(name = "post_version") int postVersion,
        @Column(name = "priority") int priority,
        @Column(name = "flags") @JdbcTypeCode(SqlTypes.JSON) List<Flag> flags,
        @Column(name = "reasons") @JdbcTypeCode(SqlTypes.JSON) List<Reason> reasons,
        @Column(name = "category") String category,
        @Column(name = "sentiment_label") @Enumerated(EnumType.STRING) SentimentLabel sentimentLabel,
        @Column(name = "sentiment_score") Double sentimentScore,
        @Column(name = "gloss_post") String glossPost,
        @Column(name = "care_note") String careNote) {

    public Assessment {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
    }

    public static Assessment of(PostAssessed assessed, String glossPost, String careNote) {
        return new Assessment(assessed.post().version(), assessed.priority(), assessed.flags(), assessed.reasons(),
                assessed.category(), assessed.sentiment() == null ? null : assessed.sentiment().label(),
                assessed.sentiment() == null ? null : assessed.sentiment().score(), glossPost, careNote);
    }
}
