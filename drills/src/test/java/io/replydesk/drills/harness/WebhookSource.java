package io.replydesk.drills.harness;

/** A webhook source the drills push posts into. */
public record WebhookSource(String id, String ingestToken) {

    public String postId(String externalId) {
        return id + ":" + externalId;
    }
}
