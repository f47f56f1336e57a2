package io.replydesk.response;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** One cell of the playbook: the templates for a language, a situation and a failure category. */
@Embeddable
public record PlaybookCell(
        @Column(name = "language") String language,
        @Column(name = "situation") @Enumerated(EnumType.STRING) Situation situation,
        @Column(name = "category") String category) implements Serializable {

    @Override
    public String toString() {
        return language + "/" + situation + "/" + category;
    }
}
