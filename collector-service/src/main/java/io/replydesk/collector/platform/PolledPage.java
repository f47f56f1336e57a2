package io.replydesk.collector.platform;

import io.replydesk.collector.IncomingPost;
import java.util.List;

/**
 * One page a connector fetched: the usable posts, the cursor to store once they are taken in, whether another
 * page is waiting right now, and why any item was refused.
 */
public record PolledPage(List<IncomingPost> posts, PollCursor next, boolean more, List<String> rejected) {

    public static PolledPage unchanged(PollCursor cursor) {
        return new PolledPage(List.of(), cursor, false, List.of());
    }
}
