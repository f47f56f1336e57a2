package io.replydesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.replydesk.e2e.HostilePosts.HostilePost;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The hostile posts in the inbox of a real browser: every one shown as the very text that was sent, nothing it
 * carries runs or becomes an element or a link, and a right-to-left override in an author's name cannot reorder
 * the inbox text around it (names are isolated in {@code <bdi>}).
 */
@ExtendWith({SharedStack.Extension.class, InboxBrowser.Extension.class})
class HostileContentBrowserIT {

    /** Positions of each character of {@code needle} in the element's first text node holding it, left to right. */
    private static final String CHARACTER_POSITIONS = """
            const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.data.indexOf(arguments[1]);
              if (at < 0) continue;
              const xs = [];
              for (let i = 0; i < arguments[1].length; i++) {
                const range = document.createRange();
                range.setStart(node, at + i);
                range.setEnd(node, at + i + 1);
                xs.push(range.getBoundingClientRect().left);
              }
              return xs;
            }
            return null;""";

    static InboxBrowser inbox;
    static SharedStack e2e;
    static final Map<String, Map<String, Object>> drafts = new HashMap<>();

    @BeforeAll
    static void pushTheHostilePosts() {
        inbox = InboxBrowser.get();
        e2e = SharedStack.get();
        Map<String, Object> source = HostilePosts.pushedTo(e2e);
        for (HostilePost post : HostilePosts.ALL) {
            drafts.put(post.externalId(), e2e.awaitDraft(source.get("id") + ":" + post.externalId()));
        }
    }

    private static String text(String selector) {
        return (String) inbox.script("return document.querySelector(arguments[0]).textContent;", selector);
    }

    @Test
    void everyHostilePostIsShownAsTheTextThatWasSentAndNothingRuns() {
        for (HostilePost post : HostilePosts.ALL) {
            Map<String, Object> draft = inbox.open(drafts.get(post.externalId()));
            inbox.assertNoDialog();
            assertThat(text("#d-post")).as(post.externalId()).isEqualTo(post.text());
            assertThat(text("#d-author")).as(post.externalId()).startsWith(post.author());
            assertThat(text("#drafts button[data-id='" + draft.get("id") + "'] .excerpt")).isEqualTo(post.text());
            assertThat(inbox.driver.findElement(By.id("d-text")).getAttribute("value")).isEqualTo(draft.get("text"));
            // nothing the post carries became an element: the post's boxes hold text nodes only
            assertThat(inbox.script("return document.querySelectorAll('#d-post *, #drafts .excerpt *').length;"))
                    .as(post.externalId()).isEqualTo(0L);
            assertThat(inbox.driver.findElements(By.cssSelector("script:not([src]), iframe, svg:not(#i-chart svg), "
                    + "[onerror], [onload], [onclick], a[href^='javascript' i]"))).as(post.externalId()).isEmpty();
            assertThat(inbox.script("return window.__pwned === undefined ? null : String(window.__pwned);"))
                    .as(post.externalId()).isNull();
        }
    }

    @Test
    void aRightToLeftOverrideInANameCannotReorderTheTextAroundIt() {
        HostilePost post = HostilePosts.ALL.stream().filter(p -> p.author().equals(HostilePosts.RTL_AUTHOR))
                .findFirst().orElseThrow();
        inbox.open(drafts.get(post.externalId()));

        // "1/5★" follows the name; read left to right on screen it must still be 1, /, 5
        for (String where : List.of("#d-author", "#detail-title")) {
            WebElement element = inbox.driver.findElement(By.cssSelector(where));
            assertThat(text(where)).as(where).contains(HostilePosts.RTL_AUTHOR).contains("1/5");
            @SuppressWarnings("unchecked")
            List<Number> xs = (List<Number>) inbox.script(CHARACTER_POSITIONS, element, "1/5");
            assertThat(xs).as(where + " positions of 1, /, 5").isNotNull()
                    .extracting(Number::doubleValue).isSortedAccordingTo(Double::compare);
            assertThat(xs.get(0).doubleValue()).as(where).isLessThan(xs.get(2).doubleValue());
        }
    }
}
