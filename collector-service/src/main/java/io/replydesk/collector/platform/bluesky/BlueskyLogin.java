package io.replydesk.collector.platform.bluesky;

/** The body of com.atproto.server.createSession: a handle, DID or e-mail and an app password. */
record BlueskyLogin(String identifier, String password) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "BlueskyLogin[identifier=" + identifier + "]";
    }
}
