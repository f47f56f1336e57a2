package io.replydesk.response.service;

import io.replydesk.events.ReplyFailed;
import io.replydesk.events.ReplyOutcome;
import io.replydesk.events.ReplyPosted;
import io.replydesk.response.AuditAction;
import io.replydesk.response.Draft;
import io.replydesk.response.IllegalTransitionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Records what the collector reports about approved replies. Outcomes that cannot apply (unknown draft, a
 * second report for a finished draft) are logged and skipped: retrying them would never succeed.
 */
@ApplicationScoped
public class ReplyOutcomes {

    private static final Logger LOG = Logger.getLogger(ReplyOutcomes.class);

    @Inject
    AuditTrail audit;

    /** @return whether the outcome changed a draft */
    @Transactional
    public boolean apply(ReplyOutcome outcome) {
        Draft draft = outcome.draftId() == null ? null : Draft.findById(outcome.draftId());
        if (draft == null) {
            LOG.warnf("skipping %s %s: no draft %s (post %s)", outcome.type(), outcome.eventId(), outcome.draftId(),
                    outcome.postId());
            return false;
        }
        try {
            if (outcome instanceof ReplyPosted posted) {
                audit.change(draft, AuditTrail.SYSTEM, AuditAction.POSTED, posted.platformReplyId(),
                        d -> d.markPosted(posted.platformReplyId()));
            } else if (outcome instanceof ReplyFailed failed) {
                audit.change(draft, AuditTrail.SYSTEM, AuditAction.FAILED, failed.reason(),
                        d -> d.markFailed(failed.reason()));
            }
            return true;
        } catch (IllegalTransitionException e) {
            LOG.warnf("skipping %s %s: %s", outcome.type(), outcome.eventId(), e.getMessage());
            return false;
        }
    }
}
