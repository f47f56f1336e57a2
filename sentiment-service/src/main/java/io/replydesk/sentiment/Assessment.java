package io.replydesk.sentiment;

import io.replydesk.events.Flag;
import io.replydesk.events.Reason;
import io.replydesk.events.Sentiment;
import java.util.List;

/** The judgement of one post: language, sentiment, flags with their reasons, category and priority 0..100. */
public record Assessment(DetectedLanguage language, Sentiment sentiment, List<Flag> flags, List<Reason> reasons,
        Category category, int priority, List<SentenceSentiment> sentences) {

    public Assessment {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
        sentences = List.copyOf(sentences);
    }

    public boolean flagged(Flag flag) {
        return flags.contains(flag);
    }
}
