package io.replydesk.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.replydesk.e2e.SharedStack.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feeds that try to read the collector's files (an external entity) or exhaust its memory (nested entities, the
 * "billion laughs"), served to RSS sources on the packaged collector: refused, shown as the sources' errors, no
 * post made of them, every service still ready; once the publisher fixes the feed its items arrive.
 */
@ExtendWith(SharedStack.Extension.class)
class FeedEntitiesIT {

    private static final String EXTERNAL_ENTITY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>Reviews</title><link>https://reviews.example/</link>
            <item><guid>xxe-1</guid><title>Terrible service &passwd;</title><description>&passwd;</description>
            <link>https://reviews.example/xxe-1</link></item></channel></rss>
            """;

    private static final String ENTITY_BOMB = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE feed [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Reviews</title><id>urn:bomb</id>
            <updated>2026-11-20T09:00:00Z</updated>
            <entry><id>urn:bomb:1</id><title>&lol9;</title><updated>2026-11-20T09:00:00Z</updated>
            <summary>&lol9;</summary></entry></feed>
            """;

    private static final String FIXED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Reviews</title><link>https://reviews.example/</link>
            <item><guid>%1$s-good-1</guid><title>Terrible service</title><description>We waited an hour.</description>
            <link>https://reviews.example/%1$s-good-1</link></item>
            <item><guid>%1$s-good-2</guid><title>Lovely pizza</title><description>Crisp and hot.</description>
            <link>https://reviews.example/%1$s-good-2</link></item></channel></rss>
            """;

    @Test
    void feedsWithEntitiesAreRefusedAndTheFixedFeedsAreRead() throws Exception {
        SharedStack e2e = SharedStack.get();
        serve("/feeds/xxe.xml", EXTERNAL_ENTITY);
        serve("/feeds/bomb.xml", ENTITY_BOMB);
        String xxe = rssSource(e2e, "xxe feed", "/feeds/xxe.xml");
        String bomb = rssSource(e2e, "bomb feed", "/feeds/bomb.xml");

        for (String source : List.of(xxe, bomb)) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> health(e2e, source).get("lastError") != null);
            assertThat((String) health(e2e, source).get("lastError")).as(source)
                    .containsIgnoringCase("DOCTYPE").doesNotContain("root:");
            assertThat(e2e.posts(source)).as(source).isEmpty();
        }
        e2e.assertAllReady();
        String passwd = Files.readString(Path.of("/etc/passwd")).lines().findFirst().orElseThrow();

        serve("/feeds/xxe.xml", FIXED.formatted("xxe"));
        serve("/feeds/bomb.xml", FIXED.formatted("bomb"));
        for (String source : List.of(xxe, bomb)) {
            List<Map<String, Object>> posts = await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                    .until(() -> e2e.posts(source), p -> p.size() == 2);
            assertThat(posts).extracting(p -> (String) p.get("text"))
                    .containsExactlyInAnyOrder("Terrible service\nWe waited an hour.", "Lovely pizza\nCrisp and hot.")
                    .noneMatch(text -> text.contains(passwd) || text.contains("lollol"));
            assertThat((String) health(e2e, source).get("lastSuccessAt")).as(source).isNotNull();
            // no more polling every second for the rest of the run
            admin().contentType(ContentType.JSON).body(Map.of("enabled", false))
                    .patch(e2e.collector() + "/api/v1/sources/" + source).then().statusCode(200);
        }
        e2e.assertAllReady();
    }

    private static void serve(String path, String feed) {
        SharedStack.get().receiver.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/rss+xml; charset=utf-8").withBody(feed)));
    }

    private static String rssSource(SharedStack e2e, String name, String path) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("type", "rss", "name", name, "url", e2e.receiver.baseUrl() + path, "pollInterval", "PT1S"))
                .post(e2e.collector() + "/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> health(SharedStack e2e, String sourceId) {
        return (Map<String, Object>) e2e.source(sourceId).get("health");
    }
}
