package io.replydesk.sentiment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The REST contract of DESIGN.md, and what the API does with bad or odd input. */
@QuarkusTest
class AnalyzeResourceTest {

    @Test
    void answersWithTheDesignedFields() {
        post("""
                {"text": "Servizio pessimo, ho aspettato un'ora e nessuno si è scusato", "rating": 1, "ratingScale": 5,
                 "authorFollowers": 1200,
                 "engagement": [{"at": "2026-11-20T10:00:00Z", "likes": 3, "shares": 0, "replies": 1, "views": 100}]}
                """)
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("language", equalTo("it"))
                .body("languageConfidence", allOf(greaterThanOrEqualTo(0.5f), lessThanOrEqualTo(1f)))
                .body("sentiment.label", equalTo("NEGATIVE"))
                .body("sentiment.score", allOf(greaterThanOrEqualTo(-1f), lessThan(-0.25f)))
                .body("flags", equalTo(java.util.List.of("NEGATIVE")))
                .body("reasons.code", hasItem("LOW_RATING"))
                .body("reasons.code", hasItem("NEGATIVE_SENTIMENT"))
                .body("reasons[0].flag", equalTo("NEGATIVE"))
                .body("reasons[0].detail", notNullValue())
                .body("category", anyOf(equalTo("DELAY"), equalTo("STAFF_BEHAVIOUR")))
                .body("priority", allOf(greaterThanOrEqualTo(50), lessThanOrEqualTo(100)));
    }

    @Test
    void positivePostRaisesNoFlagAndLowPriority() {
        post("{\"text\": \"Absolutely loved it, the staff were lovely. Will be back!\"}")
                .statusCode(200)
                .body("language", equalTo("en"))
                .body("sentiment.label", equalTo("POSITIVE"))
                .body("flags", empty())
                .body("reasons", empty())
                .body("priority", lessThan(20));
    }

    @Test
    void callersLanguageOverridesDetection() {
        post("{\"text\": \"Nem rossz\", \"language\": \"hu-HU\"}")
                .statusCode(200)
                .body("language", equalTo("hu"))
                .body("languageConfidence", equalTo(1.0f))
                .body("sentiment.label", equalTo("POSITIVE"));
    }

    @Test
    void lowRatingWithAComplaintIsNegativeEvenInPlainWords() {
        post("{\"text\": \"We waited forty minutes for a table on Saturday.\", \"rating\": 2, \"ratingScale\": 5}")
                .statusCode(200)
                .body("sentiment.label", equalTo("NEGATIVE"))
                .body("reasons.code", hasItem("LOW_RATING"))
                .body("category", equalTo("DELAY"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        post("{\"text\": \"Great coffee\", \"mood\": \"sunny\", \"nested\": {\"a\": [1, 2]}}").statusCode(200);
    }

    @Test
    void batchAnswersInTheSameOrder() {
        given().contentType(ContentType.JSON).body("""
                [{"text": "Terrible service, rude staff, never again!"},
                 {"text": "Ottima pizza, consegna veloce. Consigliato!"},
                 {"text": "Koszos szoba, büdös fürdő. Nagyon csalódott vagyok"}]
                """)
                .post("/api/v1/analyze/batch")
                .then().statusCode(200)
                .body("$", hasSize(3))
                .body("language", equalTo(java.util.List.of("en", "it", "hu")))
                .body("sentiment.label", equalTo(java.util.List.of("NEGATIVE", "POSITIVE", "NEGATIVE")));
    }

    @Test
    void oddTextsGetAnAnswerNotAnError() {
        String oneWord = "a".repeat(20_000);
        String manyWords = "word ".repeat(4_000);
        for (String text : new String[] {"😡😡😡", "🙂", oneWord, manyWords.strip(),
            "<p>The room was <b>dirty</b> &amp; smelly<script>alert(1)</script></p>",
            "The food was great 但是服务很差 и очень медленно", "12345 !!! ???", "<p></p>"}) {
            post("{\"text\": " + json(text) + "}")
                    .statusCode(200)
                    .body("sentiment.label", notNullValue())
                    .body("languageConfidence", allOf(greaterThanOrEqualTo(0f), lessThanOrEqualTo(1f)));
        }
        post("{\"text\": \"😡😡😡\"}").body("sentiment.label", equalTo("NEGATIVE"));
        post("{\"text\": " + json("<p>The room was <b>dirty</b> &amp; smelled<script>alert(1)</script></p>") + "}")
                .body("category", equalTo("CLEANLINESS"));
    }

    @Test
    void refusesBadRequestsWithAProblem() {
        problem("{}", 400, "text is required");
        problem("{\"text\": null}", 400, "text is required");
        problem("{\"text\": \"   \\n\\t \"}", 400, "empty");
        problem("{\"text\": \"\"}", 400, "empty");
        problem("{\"text\": " + json("x".repeat(20_001)) + "}", 400, "too long");
        problem("{\"text\": \"ok\", \"rating\": 6, \"ratingScale\": 5}", 400, "rating");
        problem("{\"text\": \"ok\", \"language\": \"italian\"}", 400, "ISO 639-1");
        problem("{\"text\": \"ok\", \"rating\": \"five\"}", 400, "rating");
        problem("{\"text\": \"unterminated", 400, "invalid JSON");
        problem("not json at all", 400, "invalid JSON");
        problem("", 400, "text");
        problem("[{\"text\": \"an array\"}]", 400, "invalid JSON");
    }

    @Test
    void acceptsExactlyTheLongestText() {
        post("{\"text\": " + json("é".repeat(20_000)) + "}").statusCode(200);
    }

    @Test
    void refusesOtherContentTypes() {
        given().contentType(ContentType.TEXT).body("Terrible service")
                .post("/api/v1/analyze")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void refusesOversizedOrBrokenBatches() {
        String big = IntStream.range(0, 1001).mapToObj(i -> "{\"text\": \"t" + i + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
        batchProblem(big, "at most 1000");
        batchProblem("[{\"text\": \"fine\"}, {\"rating\": 3}]", "item 1: text is required");
        batchProblem("{\"text\": \"not an array\"}", "array");
        batchProblem("[null]", "item 0");
    }

    @Test
    void acceptsAFullBatch() {
        String full = String.join(",", Collections.nCopies(1000, "{\"text\": \"Cold pizza, rude driver.\"}"));
        given().contentType(ContentType.JSON).body("[" + full + "]")
                .post("/api/v1/analyze/batch")
                .then().statusCode(200)
                .body("$", hasSize(1000))
                .body("[999].sentiment.label", equalTo("NEGATIVE"));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/analyze").then();
    }

    private static void problem(String body, int status, String detail) {
        post(body).statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("detail", containsString(detail));
    }

    private static void batchProblem(String body, String detail) {
        given().contentType(ContentType.JSON).body(body).post("/api/v1/analyze/batch")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
