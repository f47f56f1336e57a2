package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The part of a Mastodon Search answer the collector reads: the statuses (accounts and hashtags are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MastodonSearchResults(List<MastodonStatus> statuses) {
}
