package io.replydesk.response;

/** The kinds of change the audit trail records. */
public enum AuditAction {
    CREATED,
    EDITED,
    REASSESSED,
    APPROVED,
    REJECTED,
    POSTED,
    FAILED,
    PLAYBOOK_EDITED,
    PLAYBOOK_RESET,
    INCIDENT_OPENED,
    INCIDENT_CHANGED
}
