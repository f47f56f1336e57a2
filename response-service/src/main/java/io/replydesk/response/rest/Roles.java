package io.replydesk.response.rest;

/** The roles the response API knows; the local admin holds all of them. */
final class Roles {
    static final String VIEWER = "viewer";
    static final String RESPONDER = "responder";
    static final String APPROVER = "approver";
    static final String ADMIN = "admin";

    private Roles() {
    }
}
