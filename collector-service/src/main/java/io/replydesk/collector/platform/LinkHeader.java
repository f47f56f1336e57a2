package io.replydesk.collector.platform;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an RFC 8288 {@code Link} header, the way Mastodon and others announce the next and previous pages. */
public final class LinkHeader {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*((?:;\\s*[^;,]+)*)");
    private static final Pattern REL = Pattern.compile(";\\s*rel\\s*=\\s*\"?([^\";,]+)\"?");

    private LinkHeader() {
    }

    /** The target of the link with the given relation, if the header has one. */
    public static Optional<URI> target(String header, String rel) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(header);
        while (link.find()) {
            Matcher relation = REL.matcher(link.group(2));
            while (relation.find()) {
                for (String name : relation.group(1).trim().split("\\s+")) {
                    if (name.equalsIgnoreCase(rel)) {
                        try {
                            return Optional.of(URI.create(link.group(1).trim()));
                        } catch (IllegalArgumentException notAUri) {
                            return Optional.empty();
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** One query parameter of the link with the given relation, e.g. {@code min_id} of {@code rel="prev"}. */
    public static Optional<String> parameter(String header, String rel, String name) {
        return target(header, rel).map(URI::getRawQuery).flatMap(query -> {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && pair.substring(0, eq).equals(name)) {
                    return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return Optional.empty();
        });
    }
}
