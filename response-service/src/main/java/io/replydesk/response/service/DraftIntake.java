package io.replydesk.response.service;

import io.replydesk.events.PostAssessed;
import io.replydesk.response.AuditAction;
import io.replydesk.response.Draft;
import io.replydesk.response.Situation;
import io.replydesk.response.config.ResponseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * Turns assessments into drafts: a post that needs a reply ({@link DraftingPolicy}) gets one PENDING draft from
 * the playbook, in its language, with an English gloss; a later assessment of a post that already has a draft
 * only refreshes it, so a post never has two drafts and can never get two approved replies. A post version that
 * did not need a reply and a later one that does (it turned negative) gets its draft then. Events about one
 * post arrive in order on one partition (key = postId), so two consumers never race for the same post.
 */
@ApplicationScoped
public class DraftIntake {

    @Inject
    ReplyPlaybook playbook;

    @Inject
    ReplyLimits limits;

    @Inject
    AuditTrail audit;

    @Inject
    ResponseConfig config;

    /** @return the draft created for this assessment, if it created one */
    @Transactional
    public Optional<Draft> accept(PostAssessed assessed) {
        Optional<Draft> existing = Draft.find("postId", assessed.post().postId()).firstResultOptional();
        Optional<Situation> situation = DraftingPolicy.situationFor(assessed, config.drafting());
        String glossPost = ApproverNotes.postGloss(assessed, englishName(playbook.languageOf(assessed), assessed));
        if (existing.isPresent()) {
            Draft draft = existing.get();
            String judgedBefore = draft.getAssessment().flags() + " " + draft.getAssessment().category();
            audit.change(draft, AuditTrail.SYSTEM, AuditAction.REASSESSED, "version " + assessed.post().version()
                    + ": flags " + assessed.flags() + ", category " + assessed.category() + ", priority "
                    + assessed.priority(), d -> d.refresh(assessed, glossPost,
                            ApproverNotes.careNote(assessed, situation.orElse(d.getSituation()))),
                    d -> !judgedBefore.equals(d.getAssessment().flags() + " " + d.getAssessment().category()));
            return Optional.empty();
        }
        if (situation.isEmpty()) {
            return Optional.empty();
        }
        String handle = assessed.post().author() == null ? null : assessed.post().author().handle();
        ReplyPlaybook.Reply reply = playbook.draft(assessed, situation.get(),
                limits.limitFor(assessed.post().sourceType(), handle));
        Draft draft = Draft.open(assessed, situation.get(), reply.language(), reply.text(), reply.englishGloss(),
                glossPost, ApproverNotes.careNote(assessed, situation.get()));
        draft.persist();
        audit.created(draft);
        return Optional.of(draft);
    }

    /** The name of the post's language in English, for the gloss (the post's, not the reply's). */
    private String englishName(String replyLanguage, PostAssessed assessed) {
        String language = assessed.language() != null && !assessed.language().isBlank() ? assessed.language()
                : assessed.post().language();
        return LanguageNames.english(language == null ? replyLanguage : language);
    }
}
