package io.replydesk.response.service;

import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.response.Draft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Turns assessments into drafts: a negative or unreasonable post gets one PENDING draft from the playbook; a later
 * assessment of a post that already has a draft only refreshes it. Events about one post arrive in order on
 * one partition (key = postId), so two consumers never race for the same post.
 */
@ApplicationScoped
public class DraftIntake {

    @Inject
    ReplyPlaybook playbook;

    @Inject
    AuditTrail audit;

    /** @return the draft created for this assessment, if it created one */
    @Transactional
    public Optional<Draft> accept(PostAssessed assessed) {
        Optional<Draft> existing = Draft.find("postId", assessed.post().postId()).firstResultOptional();
        if (existing.isPresent()) {
            existing.get().refresh(assessed);
            return Optional.empty();
        }
        // an unreasonable complaint still gets a courteous answer; the flag asks the approver for care
        if (!assessed.flagged(Flag.NEGATIVE) && !assessed.flagged(Flag.UNREASONABLE)) {
            return Optional.empty();
        }
        ReplyPlaybook.Reply reply = playbook.draft(assessed);
        Draft draft = Draft.open(assessed, reply.language(), reply.text());
        draft.persist();
        audit.created(draft);
        return Optional.of(draft);
    }
}
