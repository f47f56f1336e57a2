package io.replydesk.collector.platform.mastodon;

import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.events.Author;
import io.replydesk.events.Engagement;
import io.replydesk.events.PostKind;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns Mastodon statuses into posts: HTML content to plain text, counters to engagement, the account to the
 * author. A status that cannot be trusted (no id, no date, a date in the future, no text) is refused with a
 * reason instead of stopping the page; boosts are skipped, since the boosted status is the post.
 */
public final class StatusReader {

    private static final Pattern STATUS_ID = Pattern.compile("[0-9]{1,30}");
    private static final int MAX_URL = 2000;
    private static final int MAX_HANDLE = 500;

    private final int maxText;
    private final Duration clockSkew;

    public StatusReader(int maxText, Duration clockSkew) {
        this.maxText = maxText;
        this.clockSkew = clockSkew;
    }

    /**
     * What a page gave: usable posts, refusals with reasons, the highest and lowest status ids seen at all, and the
     * creation time of the oldest usable post (null when none).
     */
    public record Read(List<IncomingPost> posts, List<String> rejected, String newestId, String oldestId,
            Instant oldestAt) {
    }

    public Read read(List<MastodonStatus> statuses, Instant now) {
        List<IncomingPost> posts = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        String newest = null;
        String oldest = null;
        Instant oldestAt = null;
        for (MastodonStatus status : statuses) {
            if (status == null || status.id() == null || !STATUS_ID.matcher(status.id()).matches()) {
                rejected.add("a status without a valid id");
                continue;
            }
            newest = newer(newest, status.id());
            oldest = oldest == null || newer(oldest, status.id()).equals(oldest) ? status.id() : oldest;
            if (status.reblog() != null) {
                continue;
            }
            try {
                IncomingPost post = post(status, now);
                posts.add(post);
                oldestAt = oldestAt == null || post.createdAt().isBefore(oldestAt) ? post.createdAt() : oldestAt;
            } catch (IllegalArgumentException e) {
                rejected.add("status " + status.id() + ": " + e.getMessage());
            }
        }
        return new Read(posts, rejected, newest, oldest, oldestAt);
    }

    /** Mastodon ids are decimal and grow with time; compare them as numbers of any length. */
    public static String newer(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        int byLength = Integer.compare(x.length(), y.length());
        return (byLength != 0 ? byLength : x.compareTo(y)) >= 0 ? a : b;
    }

    public static boolean isStatusId(String id) {
        return id != null && STATUS_ID.matcher(id).matches();
    }

    private IncomingPost post(MastodonStatus status, Instant now) {
        Instant createdAt = createdAt(status.createdAt());
        if (createdAt.isAfter(now.plus(clockSkew))) {
            throw new IllegalArgumentException("created_at " + status.createdAt() + " is in the future");
        }
        String text = text(status);
        if (text.isBlank()) {
            throw new IllegalArgumentException("no text (media only or empty content)");
        }
        String url = status.url() != null ? status.url() : status.uri();
        if (url != null && (url.length() > MAX_URL || !(url.startsWith("https://") || url.startsWith("http://")))) {
            url = null;
        }
        PostKind kind = status.inReplyToId() == null ? PostKind.POST : PostKind.COMMENT;
        Engagement engagement = new Engagement(now, status.favouritesCount(), status.reblogsCount(),
                status.repliesCount(), null);
        return new IncomingPost(status.id(), kind, url, author(status.account()), text, null, null,
                language(status.language()), createdAt, engagement, status.inReplyToId());
    }

    private String text(MastodonStatus status) {
        String body = PlainText.fromHtml(status.content(), maxText);
        String warning = PlainText.fromHtml(status.spoilerText(), maxText);
        if (warning.isBlank() || body.isBlank()) {
            return body;
        }
        // The content warning is part of what readers see first; keep it, marked, before the body.
        String combined = "CW: " + warning + "\n\n" + body;
        return combined.length() > maxText ? combined.substring(0, maxText) : combined;
    }

    private static Instant createdAt(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("created_at is missing");
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("created_at '" + cut(value, 40) + "' is not a date");
        }
    }

    private static Author author(MastodonAccount account) {
        if (account == null || account.acct() == null || account.acct().isBlank()) {
            return null;
        }
        String name = account.displayName() == null || account.displayName().isBlank() ? account.acct()
                : PlainText.fromHtml(account.displayName(), MAX_HANDLE);
        Long followers = account.followersCount() == null || account.followersCount() < 0 ? null
                : account.followersCount();
        return new Author(cut(account.acct(), MAX_HANDLE), name, followers);
    }

    private static String language(String language) {
        return language != null && language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})?") ? language : null;
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
