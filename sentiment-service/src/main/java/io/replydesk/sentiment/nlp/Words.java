package io.replydesk.sentiment.nlp;

import io.replydesk.sentiment.nlp.Token.Kind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into {@link Token}s for the lexicon scorer and the keyword matchers: words (apostrophes
 * inside a word are kept, so "don't" and "l'attesa" stay one token), emoji, emoticons and punctuation breaks.
 * Linear in the text, whatever it holds.
 */
public final class Words {

    private static final String[] EMOTICONS = {":-)", ":)", ":-(", ":(", ":'(", ":-D", ":D", ";-)", ";)", ":-/",
        ":/", ":-P", ":P", ":-|", ":|", "<3", ":-O", ":O"};

    private Words() {
    }

    public static List<Token> of(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                int end = endOfWord(s, i);
                String raw = s.substring(i, end);
                tokens.add(new Token(raw.toLowerCase(Locale.ROOT).replace('’', '\'').replace('ʼ', '\''), Kind.WORD,
                        isShouted(raw)));
                i = end;
                continue;
            }
            String emoticon = emoticonAt(s, i);
            if (emoticon != null) {
                tokens.add(new Token(emoticon.toUpperCase(Locale.ROOT), Kind.SYMBOL, false));
                i += emoticon.length();
                continue;
            }
            if (isEmoji(cp)) {
                tokens.add(new Token(new String(Character.toChars(cp)), Kind.SYMBOL, false));
            } else if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == '…' || cp == '¡' || cp == '¿') {
                tokens.add(new Token(cp == '!' || cp == '¡' ? "!" : cp == '?' || cp == '¿' ? "?" : ".",
                        Kind.SENTENCE_BREAK, false));
            } else if (cp == ',' || cp == ';' || cp == ':' || cp == '—' || cp == '–' || cp == '(' || cp == ')') {
                tokens.add(new Token(",", Kind.CLAUSE_BREAK, false));
            }
            i += Character.charCount(cp);
        }
        return tokens;
    }

    /** Lower case without accents: "kiszolgálás" and "kiszolgalas" meet here. */
    public static String fold(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * "sooooo" and "paroleeee" as their writers meant them: runs of three or more equal letters cut to
     * {@code keep}; null when nothing repeats three times.
     */
    public static String squeeze(String word, int keep) {
        StringBuilder out = new StringBuilder(word.length());
        boolean changed = false;
        int i = 0;
        while (i < word.length()) {
            char c = word.charAt(i);
            int run = 1;
            while (i + run < word.length() && word.charAt(i + run) == c) {
                run++;
            }
            if (run >= 3) {
                changed = true;
                out.append(String.valueOf(c).repeat(keep));
            } else {
                out.append(word, i, i + run);
            }
            i += run;
        }
        return changed ? out.toString() : null;
    }

    private static int endOfWord(String s, int start) {
        int i = start;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '-') && i + 1 < s.length()
                    && Character.isLetter(s.codePointAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isShouted(String raw) {
        int letters = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static String emoticonAt(String s, int i) {
        char c = s.charAt(i);
        if (c != ':' && c != ';' && c != '<') {
            return null;
        }
        for (String e : EMOTICONS) {
            if (s.regionMatches(true, i, e, 0, e.length())) {
                int after = i + e.length();
                if (after == s.length() || !Character.isLetterOrDigit(s.charAt(after))) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean isEmoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL || (cp >= 0x1F000 && cp <= 0x1FAFF)
                || (cp >= 0x2600 && cp <= 0x27BF);
    }
}
