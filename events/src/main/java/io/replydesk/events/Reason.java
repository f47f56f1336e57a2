package io.replydesk.events;

/** Why a flag was raised: a stable code and a sentence a person can read. */
public record Reason(Flag flag, String code, String detail) {
}
