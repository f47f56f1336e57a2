package io.replydesk.collector.service;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.EnumMap;
import java.util.Map;

/** Picks the reply channel of a source's type; a type without one cannot post replies through the API. */
@ApplicationScoped
public class ReplyChannels {

    private final Map<SourceType, ReplyChannel> byType = new EnumMap<>(SourceType.class);

    public ReplyChannels(Instance<ReplyChannel> channels) {
        channels.forEach(channel -> byType.put(channel.type(), channel));
    }

    public boolean canReply(Source source) {
        ReplyChannel channel = byType.get(source.type);
        return channel != null && channel.canReply(source);
    }

    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        ReplyChannel channel = byType.get(source.type);
        if (channel != null && !channel.canReply(source) && channel.whyNot(source) != null) {
            return ReplyResult.refused(channel.whyNot(source));
        }
        if (channel == null || !channel.canReply(source)) {
            return ReplyResult.refused("source " + source.id + " (" + source.type.json()
                    + ") has no reply channel; post the reply by hand");
        }
        return channel.post(source, approval, attempt);
    }
}
