package io.replydesk.sentiment.service;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable text of a post: HTML tags and scripts removed, common entities decoded, invisible
 * characters dropped and whitespace tidied. Posts from feeds and webhooks often arrive as HTML.
 */
public final class PlainText {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h[1-6]|p|li)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[/!]?[a-zA-Z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u200B\\u200C\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");

    private PlainText() {
    }

    public static String of(String text) {
        String s = text;
        if (s.indexOf('<') >= 0) {
            s = SCRIPT.matcher(s).replaceAll(" ");
            s = BREAK.matcher(s).replaceAll("\n");
            s = TAG.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('&') >= 0) {
            s = decodeEntities(s);
        }
        s = INVISIBLE.matcher(s.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ");
        return LINES.matcher(s).replaceAll("\n").strip();
    }

    private static String decodeEntities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String entity(String name, String original) {
        if (name.startsWith("#")) {
            try {
                int cp = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException e) {
                return original;
            }
        }
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            case "hellip" -> "…";
            case "rsquo", "lsquo" -> "'";
            case "ldquo", "rdquo" -> "\"";
            case "ndash", "mdash" -> "—";
            default -> original;
        };
    }
}
