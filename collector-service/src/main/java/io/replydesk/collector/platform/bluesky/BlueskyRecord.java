package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

/** The answer of com.atproto.repo.getRecord: the record's address, its content hash and its value. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlueskyRecord(String uri, String cid, JsonNode value) {
}
