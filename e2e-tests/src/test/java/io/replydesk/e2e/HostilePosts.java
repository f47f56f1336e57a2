package io.replydesk.e2e;

import static org.hamcrest.Matchers.equalTo;

import io.replydesk.stack.LocalService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts written to attack whatever shows, stores or templates them: markup and script, {@code javascript:} URLs,
 * Qute and EL expressions, SQL fragments, invisible and bidirectional control characters. Each is a clear
 * one-star complaint, so each gets a draft. The ids say which attack a post carries.
 */
final class HostilePosts {

    /** One pushed post: what the sender wrote, to be found unchanged wherever it is shown or stored. */
    record HostilePost(String externalId, String author, String text, String url) {

        /** The webhook JSON for it. */
        Map<String, Object> json() {
            Map<String, Object> post = new HashMap<>();
            post.put("externalId", externalId);
            post.put("author", author);
            post.put("text", text);
            post.put("rating", 1);
            if (url != null) {
                post.put("url", url);
            }
            return post;
        }
    }

    /** An author name that begins a right-to-left override and never ends it. */
    static final String RTL_AUTHOR = "\u202Eoiram";

    static final List<HostilePost> ALL = List.of(
            new HostilePost("script", "<script>alert('author')</script>",
                    "Terrible pizza <script>alert('xss'); window.__pwned = 'script'</script> never again, rude staff.",
                    "https://reviews.example/r/1"),
            new HostilePost("event-handler", "<img src=x onerror=\"window.__pwned = 'author'\">",
                    "Awful service <img src=x onerror=\"alert(2); window.__pwned = 'img'\"> and "
                            + "<svg onload=\"window.__pwned = 'svg'\"></svg> <iframe src=\"javascript:alert(3)\"></iframe>"
                            + " cold food.",
                    null),
            new HostilePost("javascript-url", "mallory",
                    "Rude waiter, proof at javascript:alert(document.cookie) and <a href=\"javascript:alert(4)\">here</a>."
                            + " Horrible evening.",
                    "javascript:window.__pwned='url';//https://reviews.example/r/3"),
            new HostilePost("qute", "{post.author}",
                    "Cold food {post.text} {#include base /} {inject:config} {cdi:config} {config:quarkus.datasource.password}"
                            + " {#for i in total}{i}{/for} {#eval 'x'} {#let x=1}{x}{/let} {apology}. Terrible.",
                    null),
            new HostilePost("expression-language", "${user.name}",
                    "Slow rude service ${7*7} #{7*7} {{7*7}} <%= 7*7 %> ${T(java.lang.Runtime).getRuntime().exec('id')}"
                            + " *{7*7} [[${7*7}]]. Awful.",
                    null),
            new HostilePost("sql'; DROP TABLE source; --", "'; DROP TABLE draft; --",
                    "Terrible service '; DROP TABLE drafts; -- and ' OR '1'='1 then '); DELETE FROM observed_post; --"
                            + " and \"; DROP TABLE audit_entry; --. Never again.",
                    "https://reviews.example/r/5?q=' OR '1'='1"),
            new HostilePost("entities", "&lt;b&gt;eve&lt;/b&gt;",
                    "Awful pizza &lt;script&gt;alert(7)&lt;/script&gt; &amp;amp; &#60;img src=x onerror=alert(8)&#62; rude staff.",
                    null),
            new HostilePost("zero-width", "ma\u200Brio\uFEFF",
                    "Terrible\u200B ser\u200Bvice\uFEFF, the wai\u200Bter was rude\u200B and the food cold.\uFEFF",
                    null),
            new HostilePost("right-to-left", RTL_AUTHOR,
                    "Awful service \u202Eenola em evael\u202C and \u2066isolated\u2069 \u2067rtl\u2069 \u2068first\u2069, "
                            + "rude staff, never again \u202E unterminated override",
                    null));

    private static Map<String, Object> pushed;
    private static Map<LocalService, List<String>> tablesBefore;

    private HostilePosts() {
    }

    /**
     * The webhook source all hostile posts were pushed to, in one array, the first time any test asks: the
     * API and the browser tests look at the same posts and drafts, so the pipeline carries them once.
     */
    static synchronized Map<String, Object> pushedTo(SharedStack e2e) {
        if (pushed == null) {
            tablesBefore = Map.of(LocalService.COLLECTOR, e2e.tables(LocalService.COLLECTOR),
                    LocalService.RESPONSE, e2e.tables(LocalService.RESPONSE));
            Map<String, Object> source = e2e.webhookSource("hostile shop");
            e2e.push(source, ALL.stream().map(HostilePost::json).toList()).statusCode(202)
                    .body("observed", equalTo(ALL.size()));
            pushed = source;
        }
        return pushed;
    }

    /** The service's tables just before the hostile posts were pushed. */
    static synchronized List<String> tablesBefore(LocalService service) {
        return tablesBefore.get(service);
    }

    /** The drafts' text never contains this: {@code 7*7} stays an expression in the post, never 49 in a reply. */
    static final String EVALUATED = "49";
}
