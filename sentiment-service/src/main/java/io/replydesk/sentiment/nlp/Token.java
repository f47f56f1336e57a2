package io.replydesk.sentiment.nlp;

/** One unit of a text for the rule-based scorers: a lower-cased word, an emoji or emoticon, or a break. */
public record Token(String text, Kind kind, boolean shouted) {

    /** What a token is; breaks end negation scopes and clauses. */
    public enum Kind {
        WORD,
        SYMBOL,
        CLAUSE_BREAK,
        SENTENCE_BREAK
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isBreak() {
        return kind == Kind.CLAUSE_BREAK || kind == Kind.SENTENCE_BREAK;
    }

    public boolean isQuestionMark() {
        return kind == Kind.SENTENCE_BREAK && "?".equals(text);
    }

    public boolean isExclamation() {
        return kind == Kind.SENTENCE_BREAK && "!".equals(text);
    }
}
