package io.replydesk.collector.platform.bluesky;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An {@code at://<repo>/<collection>/<rkey>} address of one record. */
public record AtUri(String repo, String collection, String rkey) {

    public static final String POST = "app.bsky.feed.post";

    private static final Pattern FORM = Pattern.compile(
            "at://([A-Za-z0-9._:%-]{1,2048})/([A-Za-z0-9.-]{1,317})/([A-Za-z0-9._~:-]{1,512})");

    public static Optional<AtUri> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(value);
        return m.matches() ? Optional.of(new AtUri(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    public boolean isPost() {
        return POST.equals(collection);
    }

    /** Where a person opens the post in Bluesky's web app. */
    public String webUrl() {
        return "https://bsky.app/profile/" + repo + "/post/" + rkey;
    }

    @Override
    public String toString() {
        return "at://" + repo + "/" + collection + "/" + rkey;
    }
}
