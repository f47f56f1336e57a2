package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The body of com.atproto.repo.createRecord. The record key is chosen by us (derived from the idempotency key), so a
 * second attempt can ask for exactly this record before posting, and the PDS refuses to make it twice.
 */
public record BlueskyNewRecord(String repo, String collection, String rkey, ObjectNode record) {
}
