package io.replydesk.collector.platform.rss;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import io.replydesk.collector.IncomingPost;
import io.replydesk.events.Author;
import io.replydesk.events.PostKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom into posts. Document type declarations are refused (no XXE, no entity
 * bombs); HTML in entries is reduced to plain text; an entry without any id or link is skipped.
 */
public final class FeedReader {

    private final int maxText;

    public FeedReader(int maxText) {
        this.maxText = maxText;
    }

    /** A feed that cannot be read; the message says why. */
    public static class MalformedFeedException extends IOException {
        public MalformedFeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public List<IncomingPost> read(byte[] xml) throws MalformedFeedException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            InputSource source = new InputSource(new ByteArrayInputStream(xml));
            feed = input.build(source);
        } catch (FeedException | IllegalArgumentException e) {
            throw new MalformedFeedException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<IncomingPost> posts = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String id = firstNonBlank(entry.getUri(), entry.getLink());
            String text = text(entry);
            if (id == null || text.isBlank()) {
                continue;
            }
            String author = entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor().strip();
            posts.add(new IncomingPost(id.strip(), PostKind.POST, entry.getLink(),
                    author == null ? null : new Author(author, author, null), text, null, null,
                    null, instant(entry.getPublishedDate(), entry.getUpdatedDate()), null, null));
        }
        return posts;
    }

    private String text(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        if (entry.getTitle() != null) {
            html.append(entry.getTitle()).append('\n');
        }
        SyndContent description = entry.getDescription();
        if (description != null && description.getValue() != null) {
            html.append(description.getValue());
        } else if (!entry.getContents().isEmpty() && entry.getContents().get(0).getValue() != null) {
            html.append(entry.getContents().get(0).getValue());
        }
        String text = Jsoup.parse(html.toString()).wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n").strip();
        return text.length() > maxText ? text.substring(0, maxText) : text;
    }

    private static Instant instant(Date published, Date updated) {
        Date date = published != null ? published : updated;
        return date == null ? null : date.toInstant();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
