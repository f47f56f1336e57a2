package io.replydesk.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostCorpusTest {

    private static final Path QUALITY = Path.of(System.getProperty("replydesk.project.dir", ".."))
            .resolve("sentiment-service/src/test/resources/quality");

    @Test
    void drawsTheConfiguredMixOfLanguagesLabelsAndLongPosts() {
        PostCorpus corpus = PostCorpus.load(QUALITY, 7);
        Map<String, Integer> languages = new HashMap<>();
        Map<PostCorpus.Label, Integer> labels = new EnumMap<>(PostCorpus.Label.class);
        int longPosts = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            PostCorpus.Post post = corpus.next();
            languages.merge(post.language(), 1, Integer::sum);
            labels.merge(post.label(), 1, Integer::sum);
            if (post.longText()) {
                longPosts++;
                assertThat(post.text().length()).isBetween(PostCorpus.LONG_MIN_CHARS, PostCorpus.LONG_MAX_CHARS);
            }
            assertThat(post.text()).isNotBlank();
        }
        assertThat(languages).containsOnlyKeys("it", "hu", "en");
        languages.values().forEach(count -> assertThat(count / (double) n).isBetween(0.31, 0.36));
        PostCorpus.LABEL_MIX.forEach((label, share) ->
                assertThat(labels.get(label) / (double) n).isBetween(share - 0.02, share + 0.02));
        assertThat(longPosts / (double) n).isBetween(PostCorpus.LONG_SHARE - 0.01, PostCorpus.LONG_SHARE + 0.01);
    }

    @Test
    void theSameSeedSendsTheSameSequence() {
        PostCorpus a = PostCorpus.load(QUALITY, 42);
        PostCorpus b = PostCorpus.load(QUALITY, 42);
        List<PostCorpus.Post> first = new ArrayList<>();
        List<PostCorpus.Post> second = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            first.add(a.next());
            second.add(b.next());
        }
        assertThat(first).isEqualTo(second);
        assertThat(PostCorpus.load(QUALITY, 43).next()).isNotEqualTo(PostCorpus.load(QUALITY, 42).next());
    }

    @Test
    void readsRatingsAndLabelsFromTheQualitySet(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("it.tsv");
        Files.writeString(tsv, "text\trating\tlabel\tflags\tunreasonable\tcategory\n"
                + "Pizza fredda.\t1\tNEGATIVE\tNEGATIVE\t-\tPRODUCT_QUALITY\n"
                + "Bello!\t\tPOSITIVE\t-\t-\t-\n");
        assertThat(PostCorpus.read(tsv, "it")).containsExactly(
                new PostCorpus.Row("it", "Pizza fredda.", 1, PostCorpus.Label.NEGATIVE),
                new PostCorpus.Row("it", "Bello!", null, PostCorpus.Label.POSITIVE));
    }

    @Test
    void aMalformedRowIsNamedByLine(@TempDir Path dir) throws Exception {
        Path tsv = dir.resolve("en.tsv");
        Files.writeString(tsv, "text\trating\tlabel\tflags\tunreasonable\tcategory\nonly\ttwo\n");
        assertThatThrownBy(() -> PostCorpus.read(tsv, "en")).hasMessageContaining("line 2 has 2 fields");
    }
}
