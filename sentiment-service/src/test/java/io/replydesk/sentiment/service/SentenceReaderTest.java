package io.replydesk.sentiment.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceReaderTest {

    @Test
    void splitsAtSentenceEndsAndLineBreaksButNotInsideNumbers() {
        assertThat(SentenceReader.split("Paid 3.50 for it. Awful!!! Why?\nNever again"))
                .containsExactly("Paid 3.50 for it.", "Awful!!!", "Why?", "Never again");
    }

    @Test
    void boundsAWallOfText() {
        assertThat(SentenceReader.split("Bad. ".repeat(500))).hasSize(SentenceReader.MAX_SENTENCES);
        assertThat(SentenceReader.split("a".repeat(20_000)).get(0)).hasSize(SentenceReader.MAX_SENTENCE_CHARS);
    }
}
