package io.replydesk.response.rest;

import io.replydesk.response.DraftStatus;
import io.replydesk.response.config.ResponseConfig;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Parses list query parameters by hand, so a bad value is a 400 naming it rather than JAX-RS's bare 404. */
final class ListParams {

    private ListParams() {
    }

    static int limit(String raw, ResponseConfig config) {
        if (raw == null || raw.isBlank()) {
            return config.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= config.maxLimit()) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        throw new InvalidRequestException("limit must be a whole number from 1 to " + config.maxLimit() + ", not '"
                + abbreviated(raw) + "'");
    }

    /** @return null for no status (all drafts) */
    static DraftStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return DraftStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("status must be one of " + Arrays.toString(DraftStatus.values())
                    + ", not '" + abbreviated(raw) + "'");
        }
    }

    /** @return null when not given */
    static Long version(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException("version must be a whole number, not '" + abbreviated(raw) + "'");
        }
    }

    /** @return null for no filter */
    static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name + " must be a UUID, not '" + abbreviated(raw) + "'");
        }
    }

    private static String abbreviated(String raw) {
        return raw.length() <= 40 ? raw : raw.substring(0, 40) + "...";
    }
}
