package io.replydesk.collector.platform.mastodon;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** The thread around a status: what it answers and what answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MastodonContext(List<MastodonStatus> ancestors, List<MastodonStatus> descendants) {
}
