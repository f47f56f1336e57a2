package io.replydesk.collector.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.collector.Api;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

    @Test
    void createsWebhookSourceAndShowsItsTokenOnlyOnce() {
        Map<String, Object> created = Api.createSource(Map.of("type", "webhook", "name", "Shop reviews",
                "replyCallbackUrl", "http://127.0.0.1:1/replies"));
        String id = (String) created.get("id");

        org.assertj.core.api.Assertions.assertThat((String) created.get("ingestToken")).startsWith("rdw_");
        Api.admin().get("/api/v1/sources/" + id).then().statusCode(200)
                .body("type", equalTo("webhook"))
                .body("canReply", equalTo(true))
                .body("ingestUrl", equalTo("/api/v1/ingest/" + id))
                .body("ingestToken", nullValue())
                .body("health", notNullValue());
        Api.viewer().get("/api/v1/sources").then().statusCode(200).body("id", hasItem(id))
                .body("ingestToken", org.hamcrest.Matchers.everyItem(nullValue()));
    }

    @Test
    void createsRssSourceWithPollInterval() {
        Map<String, Object> created = Api.createSource(Map.of("type", "rss", "name", "Blog",
                "url", "http://127.0.0.1:1/feed.xml", "pollInterval", "PT1M"));

        Api.admin().get("/api/v1/sources/" + created.get("id")).then().statusCode(200)
                .body("pollInterval", equalTo("PT1M")).body("canReply", equalTo(false));
    }

    @Test
    void createsMastodonSourceWithCapabilitiesAndNeverShowsTheSecret() {
        Map<String, Object> created = Api.createSource(Map.of("type", "mastodon", "name", "Pizza tag",
                "baseUrl", "http://127.0.0.1:1/", "hashtag", "#pizzeria_roma", "credential", "test-mastodon"));
        String id = (String) created.get("id");

        String body = Api.admin().get("/api/v1/sources/" + id).then().statusCode(200)
                .body("type", equalTo("mastodon"))
                .body("baseUrl", equalTo("http://127.0.0.1:1"))
                .body("hashtag", equalTo("pizzeria_roma"))
                .body("credential", equalTo("test-mastodon"))
                .body("pollInterval", equalTo("PT1M"))
                .body("canReply", equalTo(true))
                .body("capabilities.canReply", equalTo(true))
                .body("capabilities.replyMaxLength", equalTo(500))
                .body("capabilities.deepLink", equalTo(true))
                .body("capabilities.coverage", containsString("older posts are not fetched"))
                .body("health.nextPollAt", notNullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("rd-test-token");
        Api.admin().get("/api/v1/sources").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.capabilities.maxItemsPerPoll", notNullValue());
    }

    @Test
    void refusesMastodonSourcesWithUnknownCredentialsOrBadSettings() {
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "mastodon", "baseUrl", "http://127.0.0.1:1",
                "hashtag", "x", "credential", "nope")).post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("REPLYDESK_CREDENTIAL_NOPE"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "mastodon", "baseUrl", "http://127.0.0.1:1",
                "hashtag", "two words")).post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("hashtag"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "mastodon",
                "baseUrl", "http://127.0.0.1:1/api/v1", "hashtag", "x")).post("/api/v1/sources").then()
                .statusCode(400).body("detail", containsString("root"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "mastodon", "hashtag", "x"))
                .post("/api/v1/sources").then().statusCode(400).body("detail", containsString("baseUrl is required"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "mastodon", "baseUrl", "http://127.0.0.1:1",
                "hashtag", "x", "credential", "../../etc/passwd")).post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("credential must be a name"));
    }

    @Test
    void listsSourceTypesWithWhatEachPlatformAllows() {
        Api.viewer().get("/api/v1/source-types").then().statusCode(200)
                .body("type", org.hamcrest.Matchers.contains("rss", "webhook", "demo", "mastodon", "bluesky",
                        "reddit", "google-play", "yelp", "google-business", "app-store", "trustpilot"))
                .body("find { it.type == 'yelp' }.capabilities.canReply", equalTo(false))
                .body("find { it.type == 'yelp' }.capabilities.deepLink", equalTo(true))
                .body("find { it.type == 'google-play' }.capabilities.coverageWindow", equalTo("PT168H"))
                .body("find { it.type == 'google-play' }.capabilities.replyMaxLength", equalTo(350))
                .body("find { it.type == 'reddit' }.settings", hasItem("subreddit"))
                .body("find { it.type == 'reddit' }.capabilities.replyMaxLength", equalTo(10000))
                .body("find { it.type == 'bluesky' }.settings", hasItem("query"))
                .body("find { it.type == 'bluesky' }.capabilities.replyMaxLength", equalTo(300))
                .body("find { it.type == 'bluesky' }.capabilities.deepLink", equalTo(true))
                .body("find { it.type == 'mastodon' }.polled", equalTo(true))
                .body("find { it.type == 'mastodon' }.settings", hasItem("credential"))
                .body("find { it.type == 'mastodon' }.capabilities.replyMaxLength", equalTo(500))
                .body("find { it.type == 'rss' }.capabilities.canReply", equalTo(false))
                .body("find { it.type == 'demo' }.creatable", equalTo(false));
    }

    @Test
    void createsBlueskySourcesOnlyWithAQueryAndAConfiguredCredential() {
        Map<String, Object> created = Api.createSource(Map.of("type", "bluesky", "name", "Pizza on Bluesky",
                "query", " pizzeria roma ", "credential", "test-bluesky"));

        String body = Api.admin().get("/api/v1/sources/" + created.get("id")).then().statusCode(200)
                .body("baseUrl", equalTo("https://bsky.social"))
                .body("query", equalTo("pizzeria roma"))
                .body("canReply", equalTo(true))
                .body("capabilities.canReply", equalTo(true))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("rd-test-app-pass");
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "bluesky", "credential", "test-bluesky"))
                .post("/api/v1/sources").then().statusCode(400).body("detail", containsString("query is required"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "bluesky", "query", "pizza"))
                .post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("credential is required"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "bluesky", "query", "pizza",
                "credential", "test-bluesky", "baseUrl", "file:///etc/passwd")).post("/api/v1/sources").then()
                .statusCode(400).body("detail", containsString("only http and https"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("query", "pasta"))
                .patch("/api/v1/sources/" + created.get("id")).then().statusCode(200)
                .body("query", equalTo("pasta"));
    }

    @Test
    void createsRedditSourcesForASubredditOrASearchWithACredential() {
        Map<String, Object> created = Api.createSource(Map.of("type", "reddit", "name", "Rome on Reddit",
                "subreddit", "r/rome", "credential", "test-reddit"));
        Api.admin().get("/api/v1/sources/" + created.get("id")).then().statusCode(200)
                .body("subreddit", equalTo("rome"))
                .body("pollInterval", equalTo("PT2M"))
                .body("canReply", equalTo(true));
        Api.admin().contentType(ContentType.JSON).body(Map.of("query", "pizza", "subreddit", ""))
                .patch("/api/v1/sources/" + created.get("id")).then().statusCode(200)
                .body("query", equalTo("pizza")).body("subreddit", nullValue());

        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "reddit", "credential", "test-reddit"))
                .post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("query or subreddit is required"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "reddit", "subreddit", "no spaces!",
                "credential", "test-reddit")).post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("subreddit must be"));
        Api.admin().contentType(ContentType.JSON).body(Map.of("type", "reddit", "subreddit", "rome"))
                .post("/api/v1/sources").then().statusCode(400)
                .body("detail", containsString("credential is required"));
    }

    @Test
    void patchesAndDeletes() {
        String id = (String) Api.createSource(Map.of("type", "webhook", "name", "Old")).get("id");

        Api.admin().contentType(ContentType.JSON).body(Map.of("name", "New", "enabled", false))
                .patch("/api/v1/sources/" + id).then().statusCode(200)
                .body("name", equalTo("New")).body("enabled", equalTo(false));
        Api.admin().delete("/api/v1/sources/" + id).then().statusCode(204);
        Api.admin().get("/api/v1/sources/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(id));
    }

    @Test
    void patchesOnlyTheSettingsOfTheSourcesType() {
        String id = (String) Api.createSource(Map.of("type", "mastodon", "name", "Tag", "baseUrl",
                "http://127.0.0.1:1", "hashtag", "pizza", "enabled", false)).get("id");

        Map.of("packageName", "google-play", "location", "google-business", "businessUnitId", "trustpilot",
                "businessId", "yelp", "subreddit", "reddit", "url", "rss", "replyCallbackUrl", "webhook")
                .forEach((setting, type) -> Api.admin().contentType(ContentType.JSON).body(Map.of(setting, "x"))
                        .patch("/api/v1/sources/" + id).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("detail", containsString(setting + " applies to " + type)));
        Api.admin().contentType(ContentType.JSON).body(Map.of("hashtag", "#pasta", "pollInterval", "PT10M"))
                .patch("/api/v1/sources/" + id).then().statusCode(200)
                .body("hashtag", equalTo("pasta")).body("pollInterval", equalTo("PT10M"));
    }

    @Test
    void refusesBadSourcesWithProblemDetails() {
        Api.admin().contentType(ContentType.JSON).body("{\"type\": \"myspace\", \"name\": \"x\"}")
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown source type 'myspace'"));
        Api.admin().contentType(ContentType.JSON).body("{\"type\": \"rss\", \"name\": \"x\"}")
                .post("/api/v1/sources").then().statusCode(400).body("detail", containsString("url is required"));
        Api.admin().contentType(ContentType.JSON).body("{\"type\": \"rss\", \"url\": \"file:///etc/passwd\"}")
                .post("/api/v1/sources").then().statusCode(400).body("detail", containsString("only http and https"));
        Api.admin().contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .post("/api/v1/sources").then().statusCode(400).body("detail", containsString("type"));
        Api.admin().contentType(ContentType.JSON).body("{\"type\": ")
                .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("invalid JSON"));
        Api.admin().contentType(ContentType.TEXT).body("type=rss")
                .post("/api/v1/sources").then().statusCode(415).contentType("application/problem+json");
        Api.admin().contentType(ContentType.JSON).body("{\"type\": \"rss\", \"url\": \"http://127.0.0.1/\","
                + " \"pollInterval\": \"PT0.2S\"}")
                .post("/api/v1/sources").then().statusCode(400).body("detail", containsString("at least"));
    }

    @Test
    void requiresLoginAndTheAdminRoleToChangeSources() {
        given().get("/api/v1/sources").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("type", "webhook"))
                .post("/api/v1/sources").then().statusCode(401);
        Api.viewer().contentType(ContentType.JSON).body(Map.of("type", "webhook"))
                .post("/api/v1/sources").then().statusCode(403);
        given().auth().preemptive().basic("admin", "wrong").get("/api/v1/sources").then().statusCode(401);
    }

    @Test
    void refusesFieldsOfTheWrongTypeWithProblemDetailsNamingTheField() {
        Map.of("{\"type\": \"rss\", \"url\": \"http://127.0.0.1/\", \"enabled\": \"maybe\"}", "enabled",
                "{\"type\": \"rss\", \"url\": \"http://127.0.0.1/\", \"name\": {\"first\": 1}}", "name",
                "{\"type\": \"rss\", \"url\": [\"http://127.0.0.1/\"]}", "url",
                "[{\"type\": \"rss\"}]", "object")
                .forEach((body, field) -> Api.admin().contentType(ContentType.JSON).body(body)
                        .post("/api/v1/sources").then().statusCode(400).contentType("application/problem+json")
                        .body("detail", containsString(field)));
    }
}
