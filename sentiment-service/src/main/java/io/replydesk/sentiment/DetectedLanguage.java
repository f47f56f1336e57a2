package io.replydesk.sentiment;

/** An ISO 639-1 language code and how sure we are of it, in [0, 1]. */
public record DetectedLanguage(String code, double confidence) {

    public DetectedLanguage {
        confidence = Math.max(0, Math.min(1, confidence));
    }
}
