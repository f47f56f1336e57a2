package io.replydesk.collector.platform;

import io.replydesk.collector.Source;

/** A connector the collector polls. Called outside any transaction, one page at a time. */
public interface PollingConnector extends SourceConnector {

    /**
     * Fetches the page that starts at {@code cursor}. Items the platform delivered but that are unusable are left
     * out of {@link PolledPage#posts()} and named in {@link PolledPage#rejected()}; a page that cannot be read at
     * all is an exception, and the cursor stays where it was.
     *
     * @throws PlatformException.RateLimited when the platform (or our own budget) says to wait
     */
    PolledPage fetch(Source source, PollCursor cursor) throws Exception;
}
