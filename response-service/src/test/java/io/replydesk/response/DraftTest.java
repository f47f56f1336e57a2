package io.replydesk.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import java.util.List;
import org.junit.jupiter.api.Test;

class DraftTest {

    private final PostAssessed assessed = Assessments.negative(Assessments.newPostId(), "it", "Pessimo", 40);

    private Draft pending() {
        return Draft.open(assessed, Situation.COMPLAINT, "it", "Ci scusiamo.", "We apologise.", "gloss", null);
    }

    @Test
    void opensPendingWithTheAssessment() {
        Draft draft = pending();

        assertThat(draft.getId()).isNotNull();
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.PENDING);
        assertThat(draft.getPostId()).isEqualTo(assessed.post().postId());
        assertThat(draft.getAssessment().postVersion()).isEqualTo(1);
        assertThat(draft.getAssessment().priority()).isEqualTo(40);
        assertThat(draft.getAssessment().flags()).containsExactly(Flag.NEGATIVE);
        assertThat(draft.getPost().text()).isEqualTo("Pessimo");
        assertThat(draft.getPost().author().displayName()).isEqualTo("Mario Rossi");
    }

    @Test
    void approvesOnlyOnce() {
        Draft draft = pending();
        draft.approve("anna");

        assertThat(draft.getStatus()).isEqualTo(DraftStatus.APPROVED);
        assertThat(draft.getOutcome().approvedBy()).isEqualTo("anna");
        assertThat(draft.getOutcome().approvedAt()).isNotNull();
        assertThatThrownBy(() -> draft.approve("bruno")).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("APPROVED");
        assertThat(draft.getOutcome().approvedBy()).isEqualTo("anna");
    }

    @Test
    void rejectsOnlyPending() {
        Draft draft = pending();
        draft.reject("anna", "not our customer");

        assertThat(draft.getStatus()).isEqualTo(DraftStatus.REJECTED);
        assertThat(draft.getOutcome().rejectionReason()).isEqualTo("not our customer");
        assertThatThrownBy(() -> draft.approve("anna")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft.reject("anna", "again")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft.edit("new")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void editsOnlyWhilePending() {
        Draft draft = pending();
        draft.edit("Testo nuovo");
        assertThat(draft.getText()).isEqualTo("Testo nuovo");

        draft.approve("anna");
        assertThatThrownBy(() -> draft.edit("after approval")).isInstanceOf(IllegalTransitionException.class);
        assertThat(draft.getText()).isEqualTo("Testo nuovo");
    }

    @Test
    void refusesAStaleVersion() {
        Draft draft = pending();
        draft.requireVersion(0);
        assertThatThrownBy(() -> draft.requireVersion(3)).isInstanceOf(StaleDraftException.class)
                .hasMessageContaining("version 0");
    }

    @Test
    void postsOrFailsOnlyOnceApproved() {
        Draft draft = pending();
        assertThatThrownBy(() -> draft.markPosted("r1")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft.markFailed("down")).isInstanceOf(IllegalTransitionException.class);

        draft.approve("anna");
        draft.markFailed("platform down");
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.FAILED);
        assertThat(draft.getOutcome().failureReason()).isEqualTo("platform down");

        draft.markPosted("reply-7");
        assertThat(draft.getStatus()).isEqualTo(DraftStatus.POSTED);
        assertThat(draft.getOutcome().platformReplyId()).isEqualTo("reply-7");
        assertThat(draft.getOutcome().failureReason()).isNull();
        assertThatThrownBy(() -> draft.markFailed("late")).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> draft.markPosted("again")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void refreshesPendingDraftFromNewerVersionsOnly() {
        Draft draft = pending();
        draft.edit("edited by a person");
        PostAssessed newer = Assessments.assessed(Assessments.post(assessed.post().postId(), 2, "it", "Pessimo!!"),
                "it", List.of(Flag.NEGATIVE, Flag.VIRAL), 90);
        PostAssessed older = Assessments.assessed(Assessments.post(assessed.post().postId(), 1, "it", "old"),
                "it", List.of(Flag.NEGATIVE), 5);

        assertThat(draft.refresh(newer, "gloss", null)).isTrue();
        assertThat(draft.refresh(older, "gloss", null)).isFalse();

        assertThat(draft.getAssessment().postVersion()).isEqualTo(2);
        assertThat(draft.getAssessment().priority()).isEqualTo(90);
        assertThat(draft.getAssessment().flags()).containsExactly(Flag.NEGATIVE, Flag.VIRAL);
        assertThat(draft.getPost().text()).isEqualTo("Pessimo!!");
        assertThat(draft.getText()).isEqualTo("edited by a person");
    }

    @Test
    void decidedDraftIsNotRefreshed() {
        Draft draft = pending();
        draft.approve("anna");
        PostAssessed newer = Assessments.assessed(Assessments.post(assessed.post().postId(), 2, "it", "x"), "it",
                List.of(Flag.NEGATIVE), 99);

        assertThat(draft.refresh(newer, "gloss", null)).isFalse();
        assertThat(draft.getAssessment().priority()).isEqualTo(40);
    }
}
