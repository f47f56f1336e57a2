package io.replydesk.collector.platform.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TidTest {

    private static final Instant AT = Instant.parse("2026-11-20T10:15:30.123456Z");

    @Test
    void isAValidSortableTidAndTheSameForTheSameApproval() {
        String tid = Tid.of(AT, "draft-1");

        assertThat(tid).hasSize(13).matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
        assertThat(Tid.of(AT, "draft-1")).isEqualTo(tid);
        assertThat(Tid.of(AT, "draft-2")).isNotEqualTo(tid);
        assertThat(Tid.of(AT.plusSeconds(1), "draft-1")).isGreaterThan(tid);
    }

    @Test
    void matchesTheRecordedKeysOfTheSameEra() {
        // Record keys Bluesky made in May 2025 start with "3lp"; one of ours from that time must too.
        assertThat(Tid.of(Instant.parse("2025-05-22T14:39:57Z"), "k")).startsWith("3lp");
    }
}
