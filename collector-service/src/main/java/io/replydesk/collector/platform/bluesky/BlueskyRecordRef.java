package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A strong reference to a record (com.atproto.repo.strongRef), also the answer of createRecord. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BlueskyRecordRef(String uri, String cid) {
}
