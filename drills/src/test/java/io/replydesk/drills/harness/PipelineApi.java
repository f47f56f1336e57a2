package io.replydesk.drills.harness;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The public HTTP API the drills drive, as a client would: every call that may meet a restarting service is
 * retried until it gets an answer, because a webhook sender or an approver would try again too.
 */
public final class PipelineApi {

    private static final Duration RETRY_FOR = Duration.ofMinutes(4);

    private final String collector;
    private final String response;
    private final String password;

    PipelineApi(String collector, String response, String password) {
        this.collector = collector;
        this.response = response;
        this.password = password;
    }

    private RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", password);
    }

    /** A webhook source whose replies go to {@code callbackUrl}. */
    public WebhookSource createWebhookSource(String name, String callbackUrl) {
        Map<String, Object> created = admin().contentType(ContentType.JSON)
                .body(Map.of("type", "webhook", "name", name, "replyCallbackUrl", callbackUrl))
                .post(collector + "/api/v1/sources").then().statusCode(201).extract().jsonPath().getMap("");
        return new WebhookSource((String) created.get("id"), (String) created.get("ingestToken"));
    }

    /** Pushes a batch until the collector answers 202; a 4xx other than a restart's 5xx/refusal is a bug. */
    public void ingest(WebhookSource source, List<Map<String, Object>> posts) {
        retry("ingest into " + source.id(), () -> {
            Response answer = given().header("Authorization", "Bearer " + source.ingestToken())
                    .contentType(ContentType.JSON).body(posts).post(collector + "/api/v1/ingest/" + source.id());
            if (answer.statusCode() >= 400 && answer.statusCode() < 500) {
                throw new IllegalStateException("ingest refused: " + answer.statusCode() + " " + answer.asString());
            }
            return answer.statusCode() == 202 ? Boolean.TRUE : null;
        });
    }

    /** PENDING drafts (ids and post ids), or an empty list while the response service is away. */
    public List<Map<String, Object>> pendingDrafts() {
        try {
            Response answer = admin().get(response + "/api/v1/drafts?status=PENDING&limit=1000");
            return answer.statusCode() == 200 ? answer.jsonPath().getList("$") : List.of();
        } catch (Exception e) {
            return List.of(); // connection refused: the service is restarting
        }
    }

    /**
     * Approves a draft. A 409 counts as done: the draft is approved already (a retry of a call whose answer
     * was lost in a crash) or no longer pending.
     */
    public void approve(String draftId) {
        retry("approve " + draftId, () -> {
            int status = admin().contentType(ContentType.JSON).body("{}")
                    .post(response + "/api/v1/drafts/" + draftId + "/approve").statusCode();
            if (status == 200 || status == 409) {
                return Boolean.TRUE;
            }
            if (status >= 400 && status < 500) {
                throw new IllegalStateException("approve " + draftId + " refused: " + status);
            }
            return null;
        });
    }

    private interface Call {
        Boolean attempt();
    }

    private static void retry(String what, Call call) {
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (call.attempt() != null) {
                    return;
                }
            } catch (IllegalStateException e) {
                throw e;
            } catch (Exception e) {
                // RestAssured rethrows ConnectException unchecked-style: the service is restarting
                last = e;
            }
            Pause.millis(500);
        }
        throw new IllegalStateException(what + " got no answer in " + RETRY_FOR.toSeconds() + " s", last);
    }
}
