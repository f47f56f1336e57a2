package io.replydesk.response.service;

import io.replydesk.events.PostAssessed;
import io.replydesk.response.Draft;
import io.replydesk.response.Incident;
import io.replydesk.response.alert.AlertRaiser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Everything one assessment causes, in one transaction: the draft, the incident, the alert. */
@ApplicationScoped
public class AssessmentHandler {

    @Inject
    DraftIntake intake;

    @Inject
    IncidentDesk incidents;

    @Inject
    AlertRaiser alerts;

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(PostAssessed assessed) {
        intake.accept(assessed);
        Optional<Incident> incident = incidents.track(assessed);
        Optional<Draft> draft = Draft.<Draft>find("postId", assessed.post().postId()).firstResultOptional();
        alerts.consider(assessed, incident, draft);
    }
}
