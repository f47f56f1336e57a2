package io.replydesk.sentiment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * UNREASONABLE in each of its forms and languages, NEGATIVE on mixed posts, VIRAL from engagement snapshots,
 * sarcasm, and the category of a complaint that follows praise: through the API.
 */
@QuarkusTest
class AnalyzeFlagsTest {

    @Test
    void theSquareCheesecakeIsATrivialGrievanceInEveryLanguage() {
        unreasonable("""
                {"text": "Cena squisita, personale gentilissimo, tutto ottimo. Però la fetta di cheesecake era quadrata. Due stelle.", "rating": 2}
                """, "TRIVIAL_GRIEVANCE");
        unreasonable("""
                {"text": "Lovely dinner, wonderful staff, great wine. But the cheesecake slice was square. Two stars.", "rating": 2}
                """, "TRIVIAL_GRIEVANCE");
        unreasonable("""
                {"text": "Isteni vacsora, kedves személyzet, minden tökéletes volt. A sajttorta szelet viszont négyzet alakú volt.", "rating": 2}
                """, "TRIVIAL_GRIEVANCE");
    }

    @Test
    void aLowRatingWithoutWordsHasNoSubstance() {
        unreasonable("{\"text\": \"ok\", \"rating\": 1}", "NO_SUBSTANCE")
                .body("sentiment.label", equalTo("NEGATIVE"));
    }

    @Test
    void threatsAreExtortionAndReadNegativeHoweverPolite() {
        unreasonable("{\"text\": \"Please refund my dinner by Friday or I'll post this everywhere.\"}", "EXTORTION")
                .body("sentiment.label", equalTo("NEGATIVE"))
                .body("reasons.detail", hasItem(containsString("or i'll")));
        unreasonable("{\"text\": \"Rimborsatemi subito, altrimenti lo scrivo ovunque.\"}", "EXTORTION");
        unreasonable("{\"text\": \"Ha nem kapom vissza a pénzem, mindenhol megírom, milyen hely ez.\"}", "EXTORTION");
    }

    @Test
    void insultsAreAbuse() {
        unreasonable("{\"text\": \"The waiter is a complete idiot.\"}", "ABUSE");
        unreasonable("{\"text\": \"Il cameriere è un cretino.\", \"language\": \"it\"}", "ABUSE");
        unreasonable("{\"text\": \"A pincér egy bunkó paraszt.\", \"language\": \"hu\"}", "ABUSE");
    }

    @Test
    void outsizedDemandsAndBlameForTheWeather() {
        unreasonable("{\"text\": \"My coffee was cold, I demand free meals for a year.\"}", "DISPROPORTIONATE_DEMAND");
        unreasonable("{\"text\": \"It rained all weekend and ruined our stay, terrible hotel.\", \"rating\": 1}",
                "OUTSIDE_CONTROL");
        unreasonable("{\"text\": \"Ha piovuto tutto il weekend, vacanza rovinata. Pessimo hotel.\", \"rating\": 1}",
                "OUTSIDE_CONTROL");
    }

    @Test
    void aFairComplaintIsNotUnreasonable() {
        post("{\"text\": \"We waited two hours for cold food and were charged twice.\", \"rating\": 1}")
                .body("flags", hasItem("NEGATIVE"))
                .body("flags", not(hasItem("UNREASONABLE")));
    }

    @Test
    void praiseBesideARealComplaintStillNeedsAnAnswer() {
        post("{\"text\": \"Lovely staff and a great view, but the soup was cold.\", \"rating\": 3}")
                .body("sentiment.label", equalTo("MIXED"))
                .body("flags", hasItem("NEGATIVE"))
                .body("category", equalTo("PRODUCT_QUALITY"));
    }

    @Test
    void aGlowingTextWithOneStarHasNothingToAnswer() {
        post("{\"text\": \"Wonderful stay, lovely staff and a great breakfast. Thank you!\", \"rating\": 1}")
                .body("sentiment.label", equalTo("MIXED"))
                .body("flags", equalTo(java.util.List.of()));
    }

    @Test
    void aTrifleWithALowRatingIsAComplaintToo() {
        post("{\"text\": \"Lovely dinner, wonderful staff, great wine. But the cheesecake slice was square.\", \"rating\": 2}")
                .body("flags", hasItem("NEGATIVE"))
                .body("flags", hasItem("UNREASONABLE"));
    }

    @Test
    void aQuestionAboutAHolidayBlamesNobody() {
        post("{\"text\": \"Are you open on Christmas Day?\"}").body("flags", not(hasItem("UNREASONABLE")));
        post("{\"text\": \"Siete aperti a Natale?\", \"language\": \"it\"}").body("flags", not(hasItem("UNREASONABLE")));
    }

    @Test
    void aHungarianVerbWithItsPrefixAfterItIsStillACancellation() {
        post("{\"text\": \"Tegnap este mondták le a foglalásunkat, egy sms-ben.\", \"language\": \"hu\"}")
                .body("category", equalTo("CANCELLATION"));
    }

    @Test
    void sarcasmIsReadAsTheComplaintItIs() {
        post("{\"text\": \"Oh great, another two hours waiting for my delivery. Love it 🙄\"}")
                .body("sentiment.label", equalTo("NEGATIVE"))
                .body("reasons.code", hasItem("SARCASM"));
        post("{\"text\": \"Thanks for the 'express' delivery, only nine days late. Amazing.\"}")
                .body("sentiment.label", equalTo("NEGATIVE"))
                .body("reasons.code", hasItem("SARCASM"));
    }

    @Test
    void fastGrowingEngagementIsViral() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String engagement = "[{\"at\": \"%s\", \"likes\": 10, \"shares\": 1, \"replies\": 2},".formatted(now.minus(3, ChronoUnit.HOURS))
                + "{\"at\": \"%s\", \"likes\": 15, \"shares\": 1, \"replies\": 3},".formatted(now.minus(2, ChronoUnit.HOURS))
                + "{\"at\": \"%s\", \"likes\": 400, \"shares\": 150, \"replies\": 90}]".formatted(now.minus(1, ChronoUnit.HOURS));
        ValidatableResponse viral = post("{\"text\": \"Terrible service, never again.\", \"authorFollowers\": 250000, "
                + "\"engagement\": " + engagement + "}")
                .body("flags", hasItem("VIRAL"))
                .body("reasons.findAll { it.flag == 'VIRAL' }.size()", greaterThan(0));
        int viralPriority = viral.extract().path("priority");
        int quietPriority = post("{\"text\": \"Terrible service, never again.\", \"authorFollowers\": 250000}")
                .body("flags", not(hasItem("VIRAL"))).extract().path("priority");
        org.assertj.core.api.Assertions.assertThat(viralPriority).isGreaterThan(quietPriority);
    }

    @Test
    void flatEngagementIsNotViral() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        post("{\"text\": \"Nice place.\", \"engagement\": [{\"at\": \"%s\", \"likes\": 2}, {\"at\": \"%s\", \"likes\": 3}]}"
                .formatted(now.minus(2, ChronoUnit.HOURS), now))
                .body("flags", not(hasItem("VIRAL")));
    }

    @Test
    void refusesBrokenEngagement() {
        given().contentType(ContentType.JSON).body("{\"text\": \"x\", \"engagement\": [{\"likes\": 3}]}")
                .post("/api/v1/analyze").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("engagement[0].at"));
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"x\", \"engagement\": [{\"at\": \"2026-11-20T10:00:00Z\", \"likes\": -4}]}")
                .post("/api/v1/analyze").then().statusCode(400).body("detail", containsString("negative"));
        given().contentType(ContentType.JSON).body("{\"text\": \"x\", \"engagement\": [{\"at\": \"yesterday\"}]}")
                .post("/api/v1/analyze").then().statusCode(400).body("detail", containsString("invalid JSON"));
    }

    private static ValidatableResponse unreasonable(String body, String code) {
        return post(body).body("flags", hasItem("UNREASONABLE")).body("reasons.code", hasItem(code));
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/analyze").then().statusCode(200);
    }
}
