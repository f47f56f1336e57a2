package io.replydesk.response.service;

import java.util.Locale;

/** English names of languages, for glosses. */
final class LanguageNames {

    private LanguageNames() {
    }

    static String english(String tag) {
        if (tag == null || tag.isBlank()) {
            return "Unknown-language";
        }
        String name = Locale.forLanguageTag(tag.trim().replace('_', '-')).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? tag : name;
    }
}
