package io.replydesk.response.web;

import static io.replydesk.response.TestUsers.viewer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the browser is told about every answer: a CSP that runs only our own script files and forbids framing,
 * no MIME sniffing, no referrer; and CORS closed, so no other site's script may read the API. The inbox itself
 * must live within that CSP: no inline script, handler attribute or style.
 */
@QuarkusTest
class BrowserHeadersTest {

    private static final String EVIL = "https://evil.example";

    /** Pages, scripts, API answers and errors of every kind. */
    private static List<Response> answers() {
        return List.of(given().get("/"), given().get("/index.html"), given().get("/inbox.js"),
                given().get("/workbench.js"), given().get("/inbox.css"), given().get("/api/v1/drafts"),
                viewer().get("/api/v1/drafts"), viewer().get("/api/v1/no-such-thing"),
                viewer().header("Origin", EVIL).post("/api/v1/drafts/00000000-0000-0000-0000-000000000001/approve"));
    }

    static Map<String, List<String>> directives(String csp) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String part : csp.split(";")) {
            List<String> tokens = Arrays.stream(part.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
            if (!tokens.isEmpty()) {
                directives.putIfAbsent(tokens.get(0).toLowerCase(Locale.ROOT), tokens.subList(1, tokens.size()));
            }
        }
        return directives;
    }

    @Test
    void everyAnswerCarriesAStrictContentSecurityPolicy() {
        for (Response answer : answers()) {
            String csp = answer.header("Content-Security-Policy");
            assertThat(csp).as("CSP on a %d answer", answer.statusCode()).isNotNull();
            Map<String, List<String>> directives = directives(csp);
            List<String> scripts = directives.getOrDefault("script-src", directives.get("default-src"));
            assertThat(scripts).as("script sources").isNotNull().contains("'self'")
                    .doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:");
            assertThat(directives.getOrDefault("style-src", directives.get("default-src")))
                    .doesNotContain("'unsafe-inline'");
            assertThat(directives.get("frame-ancestors")).containsExactly("'none'");
            assertThat(directives.get("object-src")).containsExactly("'none'");
            assertThat(directives.get("base-uri")).containsExactly("'none'");
        }
    }

    @Test
    void everyAnswerForbidsSniffingFramingAndReferrers() {
        for (Response answer : answers()) {
            assertThat(answer.header("X-Content-Type-Options")).as("on a %d", answer.statusCode()).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(answer.header("Referrer-Policy")).isIn("no-referrer", "same-origin", "strict-origin");
        }
    }

    @Test
    void theInboxHasNoInlineScriptHandlersOrStylesTheCspWouldBlock() {
        String html = given().get("/").then().statusCode(200).extract().asString();

        Matcher scripts = Pattern.compile("(?is)<script\\b([^>]*)>(.*?)</script\\s*>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group(1)).as("a script tag loads a file").containsPattern("\\bsrc\\s*=");
            assertThat(scripts.group(2)).as("a script tag has no body").isBlank();
        }
        assertThat(count).isPositive();
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*=")
                .doesNotContainPattern("(?i)javascript:")
                .doesNotContainPattern("(?i)\\sstyle\\s*=")
                .doesNotContainPattern("(?i)<style\\b");
    }

    @Test
    void theScriptsNeitherEvaluateStringsNorWriteMarkup() {
        for (String script : List.of("/inbox.js", "/workbench.js")) {
            String js = given().get(script).then().statusCode(200).extract().asString();
            assertThat(js).as(script).doesNotContainPattern("\\beval\\s*\\(").doesNotContain("new Function")
                    .doesNotContainPattern("\\.(inner|outer)HTML\\b").doesNotContain("insertAdjacentHTML")
                    .doesNotContain("document.write").doesNotContainPattern("setTimeout\\s*\\(\\s*['\"`]");
        }
    }

    @Test
    void corsIsClosedToOtherOrigins() {
        Response preflight = given().header("Origin", EVIL).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/drafts/00000000-0000-0000-0000-000000000001/approve");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();

        Response simple = viewer().header("Origin", EVIL).get("/api/v1/drafts");
        assertThat(simple.statusCode()).isEqualTo(200);
        assertThat(simple.header("Access-Control-Allow-Origin")).isNull();
        assertThat(given().header("Origin", EVIL).get("/").header("Access-Control-Allow-Origin")).isNull();
    }
}
