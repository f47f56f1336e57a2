package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.approver;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Events;
import io.replydesk.events.Flag;
import io.replydesk.events.ReplyApproved;
import io.replydesk.events.Topics;
import io.replydesk.response.Assessments;
import io.replydesk.response.Draft;
import io.replydesk.response.TestInfra;
import io.replydesk.response.service.DraftIntake;
import io.replydesk.stack.test.TestKafka;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Median and p90 of each leg from the platform's creation time to the posted reply. */
@QuarkusTest
class ClockResourceTest {

    @Inject
    DraftIntake intake;

    private Draft draft(String sourceId) {
        // created on the platform 600 s before it was observed
        return intake.accept(Assessments.judged(sourceId, "DELAY", List.of(Flag.NEGATIVE), 40, -0.5, 1, 1))
                .orElseThrow();
    }

    @Test
    void measuresEachLegPerSource() {
        String source = "clock-" + UUID.randomUUID();
        Draft posted = draft(source);
        draft(source);
        approver().post("/api/v1/drafts/" + posted.getId() + "/approve").then().statusCode(200);
        ReplyApproved approval = Events.approved(posted.getId(), posted.getPostId(), source, posted.getExternalId(),
                posted.getText(), "en", "approver1");
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP, TestKafka.send(Topics.REPLIES_POSTED, posted.getPostId(),
                EventCodec.toJson(Events.posted(approval, "r-1", null))));

        JsonPath clocks = viewer().get("/api/v1/clocks?by=source").then().statusCode(200).extract().jsonPath();
        Map<String, Object> group = clocks.getMap("groups.find { it.key == '" + source + "' }");
        assertThat(group).containsEntry("drafts", 2);
        Map<String, Map<String, Object>> legs = clocks.getMap("groups.find { it.key == '" + source + "' }.legs");
        assertThat(legs.keySet()).containsExactly("observed", "drafted", "approved", "posted", "total");
        assertThat(legs.get("observed")).containsEntry("count", 2);
        assertThat(((Number) legs.get("observed").get("medianSeconds")).doubleValue()).isCloseTo(600, within(5.0));
        assertThat(((Number) legs.get("drafted").get("p90Seconds")).doubleValue()).isBetween(0.0, 30.0);
        assertThat(legs.get("approved")).containsEntry("count", 1);
        assertThat(legs.get("posted")).containsEntry("count", 1);
        assertThat(((Number) legs.get("total").get("medianSeconds")).doubleValue()).isBetween(600.0, 700.0);
    }

    @Test
    void groupsPerWeekAndPerSourceAndWeek() {
        String source = "clock-" + UUID.randomUUID();
        draft(source);

        List<String> weeks = viewer().get("/api/v1/clocks?by=week").then().statusCode(200).extract().jsonPath()
                .getList("groups.key");
        assertThat(weeks).isNotEmpty().allMatch(w -> w.matches("\\d{4}-W\\d{2}"));
        List<String> both = viewer().get("/api/v1/clocks?by=source-week").then().statusCode(200).extract()
                .jsonPath().getList("groups.key");
        assertThat(both).anyMatch(k -> k.matches(java.util.regex.Pattern.quote(source) + " \\d{4}-W\\d{2}"));
        List<String> none = viewer().get("/api/v1/clocks?to=" + Instant.now().minusSeconds(86_400 * 400)).then()
                .statusCode(200).extract().jsonPath().getList("groups.key");
        assertThat(none).doesNotContain(source);

        viewer().get("/api/v1/clocks?by=month").then().statusCode(400).contentType("application/problem+json");
        viewer().get("/api/v1/clocks?from=today").then().statusCode(400).contentType("application/problem+json");
        anonymous().get("/api/v1/clocks").then().statusCode(401);
    }
}
