package io.replydesk.collector.platform.rss;

import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.PollCursor;
import io.replydesk.collector.platform.PolledPage;
import io.replydesk.collector.platform.PollingConnector;
import io.replydesk.collector.service.OutboundHttp;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * RSS/Atom feeds, fetched with conditional GET (ETag, Last-Modified). A feed is one page: whatever entries it
 * lists now; de-duplication by entry id does the rest.
 */
@ApplicationScoped
public class RssConnector implements PollingConnector {

    private static final Capabilities CAPABILITIES = new Capabilities(null,
            "only the entries the feed lists right now (often the latest 10 to 50); older ones are out of reach",
            null, false, null, true);

    private final OutboundHttp http;
    private final FeedReader reader;
    private final int maxFeedBytes;

    public RssConnector(OutboundHttp http, CollectorConfig config) {
        this.http = http;
        this.reader = new FeedReader(config.maxTextLength());
        this.maxFeedBytes = config.rss().maxFeedBytes();
    }

    @Override
    public SourceType type() {
        return SourceType.RSS;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<String> settings() {
        return List.of("url", "pollInterval");
    }

    @Override
    public PolledPage fetch(Source source, PollCursor cursor) throws IOException {
        Map<String, String> headers = new HashMap<>();
        headers.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        if (cursor.etag() != null) {
            headers.put("If-None-Match", cursor.etag());
        }
        if (cursor.lastModified() != null) {
            headers.put("If-Modified-Since", cursor.lastModified());
        }
        OutboundHttp.Answer answer = http.get(source.url, headers, maxFeedBytes);
        if (answer.status() == 304) {
            return PolledPage.unchanged(cursor);
        }
        if (answer.status() / 100 != 2) {
            throw new IOException("feed answered HTTP " + answer.status());
        }
        List<IncomingPost> posts = reader.read(answer.body());
        return new PolledPage(posts, new PollCursor(null, answer.header("ETag"), answer.header("Last-Modified")),
                false, List.of());
    }
}
