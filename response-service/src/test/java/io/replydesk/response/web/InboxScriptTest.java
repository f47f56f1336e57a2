package io.replydesk.response.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the inbox scripts do with text from posts, read from the scripts as served. The browser behaviour itself
 * (no markup runs, an override in a name reorders nothing) is proven in e2e-tests' HostileContentBrowserIT.
 */
class InboxScriptTest {

    private static String script(String name) throws IOException {
        try (InputStream in = InboxScriptTest.class.getResourceAsStream("/META-INF/resources/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void noScriptWritesMarkup() throws IOException {
        for (String name : new String[] {"inbox.js", "workbench.js"}) {
            assertThat(script(name)).as(name)
                    .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void theAuthorsNameIsIsolatedFromTheRatingAfterIt() throws IOException {
        Matcher authorOf = Pattern.compile("function authorOf\\(draft\\) \\{(.*?)\\n}", Pattern.DOTALL)
                .matcher(script("inbox.js"));
        assertThat(authorOf.find()).as("authorOf in inbox.js").isTrue();
        assertThat(authorOf.group(1)).contains("createElement('bdi')", "name.textContent =")
                .doesNotContain("`${name}");
    }

    private static String function(String script, String name) throws IOException {
        Matcher function = Pattern.compile("(?:async )?function " + name + "\\(.*?\\) \\{(.*?)\\n}", Pattern.DOTALL)
                .matcher(script(script));
        assertThat(function.find()).as(name + " in " + script).isTrue();
        return function.group(1);
    }

    @Test
    void postIdsAndOtherOutsideTextInTheIncidentViewAreIsolated() throws IOException {
        assertThat(function("workbench.js", "isolated")).contains("el('bdi', text)");
        assertThat(function("workbench.js", "openIncident"))
                .contains("isolated(entry.postId)", "isolated(d.postId)", "isolated(entry.who)",
                        "isolated(entry.change")
                .doesNotContain("${entry.postId}", "${d.postId}", "${entry.who}", "${entry.change");
        assertThat(function("workbench.js", "alertArrived")).contains("isolated(alert.summary || alert.postId)")
                .doesNotContain("${alert.summary", "textContent");
    }
}
