package io.replydesk.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    static PostObserved post() {
        return new PostObserved(UUID.randomUUID(), PostObserved.TYPE, 1, Instant.parse("2026-11-20T10:00:00Z"),
                "src-1:42", 1, "src-1", "webhook", PostKind.REVIEW, "42", "https://example.org/r/42",
                new Author("@anna", "Anna", 120L), "Servizio pessimo", 1, 5, "it",
                Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-20T10:00:00Z"),
                new Engagement(Instant.parse("2026-11-20T10:00:00Z"), 1L, 0L, 0L, null), null, true);
    }

    @Test
    void roundTripsPostAssessedWithNestedPost() {
        PostAssessed assessed = Events.assessed(post(), "it", 0.98, new Sentiment(SentimentLabel.NEGATIVE, -0.8),
                List.of(Flag.NEGATIVE), List.of(new Reason(Flag.NEGATIVE, "NEGATIVE_SENTIMENT", "very negative")),
                "OTHER", 70);

        PostAssessed back = EventCodec.fromJson(EventCodec.toJson(assessed), PostAssessed.class);

        assertThat(back).isEqualTo(assessed);
        assertThat(back.key()).isEqualTo("src-1:42");
    }

    @Test
    void writesIsoTimestampsNotNumbers() {
        assertThat(EventCodec.toJson(post())).contains("\"createdAt\":\"2026-11-20T09:00:00Z\"");
    }

    @Test
    void ignoresUnknownFieldsAndMapsUnknownEnumValuesToDefault() {
        String json = EventCodec.toJson(post())
                .replace("\"kind\":\"REVIEW\"", "\"kind\":\"STORY\"")
                .replace("{\"eventId\"", "{\"addedInV2\":{\"x\":1},\"eventId\"");

        PostObserved back = EventCodec.fromJson(json, PostObserved.class);

        assertThat(back.kind()).isEqualTo(PostKind.UNKNOWN);
        assertThat(back.text()).isEqualTo("Servizio pessimo");
    }

    @Test
    void readsBothReplyOutcomesFromOneTopicByType() {
        ReplyApproved approval = Events.approved(UUID.randomUUID(), "src-1:42", "src-1", "42", "Grazie", "it",
                "admin");
        String posted = EventCodec.toJson(Events.posted(approval, "r-9", null));
        String failed = EventCodec.toJson(Events.failed(approval, "403 Forbidden", false));

        assertThat(EventCodec.fromJson(posted, ReplyOutcome.class)).isInstanceOf(ReplyPosted.class);
        assertThat(EventCodec.fromJson(failed, ReplyOutcome.class))
                .isInstanceOfSatisfying(ReplyFailed.class, f -> assertThat(f.reason()).isEqualTo("403 Forbidden"));
    }

    @Test
    void refusesRecordsThatAreNotEvents() {
        assertThatThrownBy(() -> EventCodec.fromJson("not json", PostObserved.class))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("{}", PostObserved.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("lacks");
        assertThatThrownBy(() -> EventCodec.fromJson(" ", ReplyApproved.class))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("{\"type\":\"Nope\",\"eventId\":\"" + UUID.randomUUID() + "\"}",
                ReplyOutcome.class)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesAnEventOfAnotherTypeOnItsTopic() {
        String retracted = EventCodec.toJson(post()).replace("\"type\":\"PostObserved\"", "\"type\":\"PostRetracted\"");

        assertThatThrownBy(() -> EventCodec.fromJson(retracted, PostObserved.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("expected a PostObserved, got an event of type PostRetracted");
        assertThatThrownBy(() -> EventCodec.fromJson(EventCodec.toJson(post()), ReplyApproved.class))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("got an event of type PostObserved");
        assertThatThrownBy(() -> EventCodec.fromJson("{\"type\":\"PostAssessed\",\"eventId\":\"" + UUID.randomUUID()
                + "\"}", PostAssessed.class)).isInstanceOf(MalformedEventException.class).hasMessageContaining("lacks");
    }
}
