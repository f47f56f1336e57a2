package io.replydesk.collector.platform;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces platform HTML to the plain text a person would read: paragraphs and line breaks become new lines,
 * scripts, styles and attributes disappear, entities are decoded. Nothing from the input is ever rendered.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String fromHtml(String html, int maxLength) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText());
                } else if (node instanceof Element element && element.normalName().equals("br")) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && out.length() > 0) {
                    out.append("\n\n");
                }
            }
        });
        String text = out.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ")
                .replaceAll(" *\\n *", "\n").replaceAll("\\n{3,}", "\n\n").strip();
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    /** Whitespace-insensitive form used to recognise a text we posted earlier. */
    public static String normalized(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
