package io.replydesk.sentiment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The sentence-by-sentence reading and the confidence that come with every judgement. */
@QuarkusTest
class AnalyzeSentencesTest {

    @Test
    void eachSentenceIsReadOnItsOwn() {
        post("{\"text\": \"La pizza era ottima. Il cameriere però è stato scortese e lentissimo!\"}")
                .body("sentences", hasSize(2))
                .body("sentences[0].text", equalTo("La pizza era ottima."))
                .body("sentences[0].label", equalTo("POSITIVE"))
                .body("sentences[1].label", equalTo("NEGATIVE"));
        post("{\"text\": \"Szuper a strand.\\nA mosdók viszont koszosak voltak.\"}")
                .body("sentences", hasSize(2))
                .body("sentences[1].label", equalTo("NEGATIVE"));
    }

    @Test
    void aTextWithNothingToGoOnSaysItIsUnsure() {
        float unsure = post("{\"text\": \"Xqzt vbnm plokij.\"}")
                .body("sentiment.confidence", lessThan(0.3f)).extract().path("sentiment.confidence");
        post("{\"text\": \"Terrible, rude staff and cold food. Never again!\"}")
                .body("sentiment.confidence", greaterThan(unsure + 0.3f));
    }

    @Test
    void judgementsShowUpInTheMetrics() {
        post("{\"text\": \"Rude staff, cold food.\"}");
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("replydesk_assessment_duration_seconds_count{language=\"en\"}"))
                .body(org.hamcrest.Matchers.containsString("replydesk_flags_raised_total{flag=\"NEGATIVE\"}"));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/analyze").then().statusCode(200);
    }
}
