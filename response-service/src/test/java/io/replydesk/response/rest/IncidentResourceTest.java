package io.replydesk.response.rest;

import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.responder;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.Topics;
import io.replydesk.response.Assessments;
import io.replydesk.response.TestInfra;
import io.replydesk.stack.test.TestKafka;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Flagged posts grouped into incidents through the real consumer (window PT6H, three posts or one viral). */
@QuarkusTest
class IncidentResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static PostAssessed publish(PostAssessed assessed) {
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP,
                TestKafka.send(Topics.POSTS_ASSESSED, assessed.key(), EventCodec.toJson(assessed)));
        return assessed;
    }

    private static List<Map<String, Object>> incidentsOf(String category) {
        List<Map<String, Object>> all = viewer().get("/api/v1/incidents?limit=1000").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return all.stream().filter(i -> category.equals(i.get("category"))).toList();
    }

    @Test
    void aViralPostOpensAnIncidentThatLaterPostsFromOtherSourcesJoin() {
        String category = Assessments.freshCategory();
        PostAssessed viral = publish(Assessments.judged("shop-a", category, List.of(Flag.NEGATIVE, Flag.VIRAL), 95,
                -0.4, 1000, 5000));
        PostAssessed second = publish(Assessments.judged("shop-b", category, List.of(Flag.NEGATIVE), 50, -0.9, 20, 30));

        List<Map<String, Object>> incidents = incidentsOf(category);
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("status", "OPEN").containsEntry("postCount", 2).containsEntry("sourceCount", 2);
            assertThat(((Number) i.get("totalReach")).longValue()).isEqualTo(1000 + 5000 + 20 + 30);
            assertThat(i.get("timeline")).isNull();
        });
        String id = (String) incidents.get(0).get("id");

        JsonPath detail = viewer().get("/api/v1/incidents/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getList("timeline.kind", String.class)).containsExactly("INCIDENT_OPENED", "POST", "POST");
        assertThat(detail.getList("timeline.postId", String.class)).contains(viral.post().postId(),
                second.post().postId());
        assertThat(detail.getString("sentiment.trend")).isEqualTo("WORSENING");
        assertThat(detail.getList("drafts.postId", String.class)).containsExactlyInAnyOrder(viral.post().postId(),
                second.post().postId());
        String draftId = detail.getString("drafts[0].id");
        viewer().get("/api/v1/drafts/" + draftId).then().body("incidentId", equalTo(id));
    }

    @Test
    void ordinaryFlaggedPostsOpenAnIncidentOnlyWhenEnoughArriveAndTakeTheEarlierOnesAlong() {
        String category = Assessments.freshCategory();
        publish(Assessments.judged("shop-a", category, List.of(Flag.NEGATIVE), 40, -0.5, 10, 10));
        publish(Assessments.judged("shop-b", category, List.of(Flag.UNREASONABLE), 40, -0.5, 10, 10));
        assertThat(incidentsOf(category)).isEmpty();

        publish(Assessments.judged("shop-c", category, List.of(Flag.NEGATIVE), 40, -0.5, 10, 10));

        assertThat(incidentsOf(category)).singleElement().satisfies(i -> {
            assertThat(i).containsEntry("postCount", 3).containsEntry("sourceCount", 3);
            assertThat((List<?>) i.get("drafts")).hasSize(3);
        });
    }

    @Test
    void peopleOwnAndMoveIncidentsWithOptimisticLocking() {
        String category = Assessments.freshCategory();
        publish(Assessments.judged("shop-a", category, List.of(Flag.VIRAL), 80, 0.1, 10, 10));
        Map<String, Object> incident = incidentsOf(category).get(0);
        String path = "/api/v1/incidents/" + incident.get("id");

        responder().contentType("application/json")
                .body(Map.of("status", "MONITORING", "owner", "responder1", "version", 0)).patch(path).then()
                .statusCode(200).body("status", equalTo("MONITORING")).body("owner", equalTo("responder1"))
                .body("version", equalTo(1)).body("timeline.kind", hasItems("INCIDENT_OPENED", "INCIDENT_CHANGED"));
        responder().contentType("application/json").body(Map.of("status", "RESOLVED", "version", 0)).patch(path)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("version 1"));
        responder().contentType("application/json").body(Map.of("status", "CLOSED", "version", 1)).patch(path)
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("status"));
        responder().contentType("application/json").body(Map.of("version", 1)).patch(path).then().statusCode(400);
        viewer().contentType("application/json").body(Map.of("status", "RESOLVED", "version", 1)).patch(path).then()
                .statusCode(403).contentType(PROBLEM);
        anonymous().get(path).then().statusCode(401);
        viewer().get("/api/v1/incidents/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        viewer().get("/api/v1/incidents?status=nope").then().statusCode(400).contentType(PROBLEM);

        // a new viral post wakes a monitored incident up
        publish(Assessments.judged("shop-b", category, List.of(Flag.VIRAL, Flag.NEGATIVE), 90, -0.8, 10, 10));
        viewer().get(path).then().body("status", equalTo("OPEN")).body("postCount", equalTo(2));

        responder().contentType("application/json").body(Map.of("status", "RESOLVED", "version", 2)).patch(path)
                .then().statusCode(200).body("resolvedAt", org.hamcrest.Matchers.notNullValue());
        // once resolved, the next viral post of the category starts a new incident
        publish(Assessments.judged("shop-c", category, List.of(Flag.VIRAL), 70, 0.0, 10, 10));
        assertThat(incidentsOf(category)).extracting(i -> i.get("status")).containsExactly("OPEN", "RESOLVED");
        viewer().get("/api/v1/incidents?status=RESOLVED&limit=1000").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.everyItem(equalTo("RESOLVED")));
    }
}
