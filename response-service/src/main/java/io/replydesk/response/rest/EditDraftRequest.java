package io.replydesk.response.rest;

/** New text for a draft, with the version it was edited from (optimistic locking). */
public record EditDraftRequest(String text, Long version) {

    String validText(int maxLength) {
        return InvalidRequestException.requireText("text", text, maxLength);
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidRequestException("version is required: send the version of the draft you edited");
        }
        return version;
    }
}
