package io.replydesk.response.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.replydesk.response.TestUsers.anonymous;
import static io.replydesk.response.TestUsers.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.replydesk.events.EventCodec;
import io.replydesk.events.Flag;
import io.replydesk.events.PostAssessed;
import io.replydesk.events.Topics;
import io.replydesk.response.AlertReceiver;
import io.replydesk.response.Assessments;
import io.replydesk.response.TestInfra;
import io.replydesk.response.alert.AlertDispatcher;
import io.replydesk.stack.test.TestKafka;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Urgent assessments alert within seconds: live (SSE), by webhook (WireMock) and by e-mail (MockMailbox). */
@QuarkusTest
class AlertsTest {

    @TestHTTPResource("/api/v1/alerts/stream")
    URI stream;

    @Inject
    AlertDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    private static void publish(PostAssessed assessed) {
        TestKafka.awaitConsumed(TestInfra.CONSUMER_GROUP,
                TestKafka.send(Topics.POSTS_ASSESSED, assessed.key(), EventCodec.toJson(assessed)));
    }

    private static int webhookCallsFor(String category) {
        return AlertReceiver.server().findAll(postRequestedFor(urlEqualTo(AlertReceiver.PATH))
                .withRequestBody(containing(category))).size();
    }

    @Test
    void aViralPostAlertsTheBrowserTheWebhookAndTheMailbox() throws Exception {
        String category = Assessments.freshCategory();
        HttpRequest request = HttpRequest.newBuilder(stream).header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("viewer1:viewer1-test".getBytes(StandardCharsets.UTF_8))).build();
        int before = dispatcher.liveSubscribers();
        CompletableFuture<HttpResponse<Stream<String>>> response = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.liveSubscribers() > before);

        Instant start = Instant.now();
        PostAssessed viral = Assessments.judged("shop-a", category, List.of(Flag.NEGATIVE, Flag.VIRAL), 90, -0.7, 10,
                10);
        publish(viral);

        HttpResponse<Stream<String>> live = response.get(10, TimeUnit.SECONDS);
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/event-stream"));
        String event = CompletableFuture.supplyAsync(() -> live.body().filter(l -> l.startsWith("data:"))
                .filter(l -> l.contains(viral.post().postId())).findFirst().orElseThrow())
                .get(10, TimeUnit.SECONDS);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(event).contains("\"VIRAL\"", category, "\"incidentId\"").doesNotContain("Not good", "Some One");
        live.body().close();

        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCallsFor(category) == 1);
        AlertReceiver.server().verify(postRequestedFor(urlEqualTo(AlertReceiver.PATH))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(matchingJsonPath("$.text", containing("NEGATIVE+VIRAL post on mastodon (shop-a)"))));
        await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.getMailsSentTo("oncall@example.test").stream()
                .anyMatch(m -> m.getSubject().contains(category)));
        viewer().get("/api/v1/alerts").then().statusCode(200)
                .body("find { it.postId == '" + viral.post().postId() + "' }.category",
                        org.hamcrest.Matchers.equalTo(category));
        anonymous().get("/api/v1/alerts").then().statusCode(401);
    }

    @Test
    void moreUrgentPostsOfTheSameIncidentAlertOnce() {
        String category = Assessments.freshCategory();
        publish(Assessments.judged("shop-a", category, List.of(Flag.VIRAL), 60, 0.0, 10, 10));
        publish(Assessments.judged("shop-b", category, List.of(Flag.NEGATIVE, Flag.VIRAL), 95, -0.9, 10, 10));
        publish(Assessments.judged("shop-c", category, List.of(Flag.NEGATIVE), 99, -0.9, 10, 10));

        await().atMost(Duration.ofSeconds(10)).until(() -> webhookCallsFor(category) >= 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> webhookCallsFor(category) == 1);
        assertThat(dispatcher.recent()).filteredOn(a -> category.equals(a.category())).hasSize(1);
    }

    @Test
    void calmerPostsDoNotAlert() {
        String category = Assessments.freshCategory();
        publish(Assessments.judged("shop-a", category, List.of(Flag.NEGATIVE), 30, -0.6, 10, 10));
        publish(Assessments.judged("shop-b", category, List.of(Flag.UNREASONABLE), 95, -0.6, 10, 10));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> webhookCallsFor(category) == 0);
        assertThat(dispatcher.recent()).noneMatch(a -> category.equals(a.category()));
    }
}
