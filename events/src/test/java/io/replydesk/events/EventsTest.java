package io.replydesk.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {

    private static PostAssessed judge(PostObserved post, int priority) {
        return Events.assessed(post, "it", 0.9, new Sentiment(SentimentLabel.NEGATIVE, -0.7), List.of(Flag.NEGATIVE),
                List.of(), "OTHER", priority);
    }

    @Test
    void judgingTheSameObservedEventAgainMakesTheSameAssessmentEvent() {
        PostObserved post = EventCodecTest.post();

        PostAssessed first = judge(post, 70);
        PostAssessed again = judge(post, 65); // e.g. after a restart, with virality history lost

        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(first.observedEventId()).isEqualTo(post.eventId());
    }

    @Test
    void everyObservedEventGetsItsOwnAssessmentEvent() {
        PostAssessed one = judge(EventCodecTest.post(), 70);
        PostAssessed other = judge(EventCodecTest.post(), 70);

        assertThat(other.eventId()).isNotEqualTo(one.eventId());
        assertThat(one.eventId()).isNotEqualTo(one.observedEventId());
    }
}
