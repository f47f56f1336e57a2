package io.replydesk.collector.service;

import io.replydesk.collector.rest.ProblemException;
import java.util.regex.Pattern;

/** Checks and normalises what a source follows on its platform; each refusal says what a good value looks like. */
final class SourceSettings {

    private static final Pattern HASHTAG = Pattern.compile("[\\p{L}\\p{N}_]{1,100}");
    private static final Pattern SUBREDDIT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{1,20}");
    private static final int MAX_QUERY = 300;
    private static final Pattern PACKAGE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
    private static final Pattern LOCATION = Pattern.compile("accounts/[0-9A-Za-z_-]{1,100}/locations/[0-9A-Za-z_-]{1,100}");
    private static final Pattern APP_ID = Pattern.compile("[0-9]{1,20}");
    private static final Pattern COUNTRY = Pattern.compile("[a-z]{2}");
    private static final Pattern BUSINESS_UNIT_ID = Pattern.compile("[0-9A-Fa-f]{24}");
    private static final Pattern BUSINESS_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private SourceSettings() {
    }

    static String hashtag(String value) {
        String tag = value.strip().replaceFirst("^#", "");
        if (!HASHTAG.matcher(tag).matches()) {
            throw ProblemException.badRequest("hashtag must be letters, digits and '_' (without spaces), such as"
                    + " pizzeria_roma");
        }
        return tag;
    }

    static String query(String value) {
        String query = value.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY || query.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("query must be 1 to " + MAX_QUERY + " characters on one line, such as"
                    + " \"pizzeria roma\"");
        }
        return query;
    }

    static String subreddit(String value) {
        String name = value.strip().replaceFirst("^/?r/", "");
        if (!SUBREDDIT.matcher(name).matches()) {
            throw ProblemException.badRequest("subreddit must be a subreddit's name (letters, digits and '_', 2 to"
                    + " 21), such as rome or r/rome");
        }
        return name;
    }

    static String packageName(String value) {
        String name = value.strip();
        if (name.length() > 255 || !PACKAGE_NAME.matcher(name).matches()) {
            throw ProblemException.badRequest("packageName must be an Android application id, such as"
                    + " com.example.pizzeria");
        }
        return name;
    }

    static String location(String value) {
        String name = value.strip();
        if (!LOCATION.matcher(name).matches()) {
            throw ProblemException.badRequest("location must be a Business Profile location's resource name, such as"
                    + " accounts/123456789/locations/987654321");
        }
        return name;
    }

    static String appId(String value) {
        String id = value.strip().replaceFirst("^id", "");
        if (!APP_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("appId must be an App Store app's numeric id (the digits after id in"
                    + " its App Store link), such as 284882215");
        }
        return id;
    }

    static String country(String value) {
        String code = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw ProblemException.badRequest("country must be a storefront's two-letter country code, such as us");
        }
        return code;
    }

    static String businessUnitId(String value) {
        String id = value.strip();
        if (!BUSINESS_UNIT_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("businessUnitId must be a Trustpilot business unit id (24 hexadecimal"
                    + " digits), such as 46d6a890000064000500e0c3");
        }
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    static String businessId(String value) {
        String id = value.strip();
        if (!BUSINESS_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("businessId must be a Yelp business id or alias, such as"
                    + " gary-danko-san-francisco");
        }
        return id;
    }
}
