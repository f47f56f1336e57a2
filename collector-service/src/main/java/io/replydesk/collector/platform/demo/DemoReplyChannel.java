package io.replydesk.collector.platform.demo;

import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Demo replies go nowhere: they are recorded as deliveries (GET /api/v1/replies?sourceId=demo) and logged. */
@ApplicationScoped
public class DemoReplyChannel implements ReplyChannel {

    private static final Logger LOG = Logger.getLogger(DemoReplyChannel.class);

    @Override
    public SourceType type() {
        return SourceType.DEMO;
    }

    @Override
    public boolean canReply(Source source) {
        return true;
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        LOG.infof("demo reply to %s recorded (approved by %s)", approval.postId(), approval.approvedBy());
        return ReplyResult.posted("demo-" + approval.idempotencyKey(), null);
    }
}
