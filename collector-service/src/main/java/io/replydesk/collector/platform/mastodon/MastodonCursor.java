package io.replydesk.collector.platform.mastodon;

/**
 * Where a Mastodon source stands, stored after every page so a restart continues without gaps or duplicates.
 *
 * @param newest the newest status id taken in: a hashtag's forward {@code min_id}, or the watermark of the last
 *        finished search sweep; null before the first page
 * @param older the {@code max_id} of the next older page: of the hashtag back-fill, or of the search sweep under
 *        way; null when there is none
 * @param sweepNewest search only: the newest id seen by the sweep under way
 * @param pages older pages read so far by the back-fill (hashtag) or the sweep under way (search)
 */
record MastodonCursor(String newest, String older, String sweepNewest, int pages) {

    private static final String VERSION = "m1";

    static final MastodonCursor START = new MastodonCursor(null, null, null, 0);

    /**
     * Reads a stored position. A bare status id is what sources stored before back-fill existed: they go on
     * forward from it and never back-fill. Anything unreadable starts over with the newest page.
     */
    static MastodonCursor parse(String position) {
        if (StatusReader.isStatusId(position)) {
            return new MastodonCursor(position, null, null, 0);
        }
        if (position == null || !position.startsWith(VERSION + "|")) {
            return START;
        }
        String[] parts = position.split("\\|", -1);
        if (parts.length != 5) {
            return START;
        }
        try {
            return new MastodonCursor(id(parts[1]), id(parts[2]), id(parts[3]), Math.max(0, Integer.parseInt(parts[4])));
        } catch (NumberFormatException e) {
            return START;
        }
    }

    String position() {
        return String.join("|", VERSION, text(newest), text(older), text(sweepNewest), String.valueOf(pages));
    }

    private static String id(String part) {
        if (part.isEmpty()) {
            return null;
        }
        if (!StatusReader.isStatusId(part)) {
            throw new NumberFormatException("not a status id");
        }
        return part;
    }

    private static String text(String id) {
        return id == null ? "" : id;
    }
}
