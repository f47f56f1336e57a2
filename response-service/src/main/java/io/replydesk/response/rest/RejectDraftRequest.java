package io.replydesk.response.rest;

/** Why a draft will not be sent. */
public record RejectDraftRequest(String reason) {

    String validReason(int maxLength) {
        return InvalidRequestException.requireText("reason", reason, maxLength);
    }
}
