package io.replydesk.sentiment.nlp;

/**
 * Breaks run-on text into lines of a bounded number of words before CoreNLP sees it (with
 * {@code ssplit.newlineIsSentenceBreak=always}), preferring a comma or semicolon, so no sentence of a
 * 20,000-character rant reaches the parser's length limit. Text with normal sentences passes unchanged.
 */
public final class RunOnSentences {

    private RunOnSentences() {
    }

    public static String cut(String text, int maxWords) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                words = 0;
            }
            boolean softBreak = (c == ',' || c == ';') && words >= maxWords / 2;
            boolean hardBreak = space && words >= maxWords;
            out.append(c);
            if (softBreak || hardBreak) {
                out.append('\n');
                words = 0;
                inWord = false;
            }
        }
        return out.toString();
    }
}
