package io.replydesk.response;

/** Where an incident stands: being handled, watched for recurrence, or over. */
public enum IncidentStatus {
    OPEN,
    MONITORING,
    RESOLVED
}
