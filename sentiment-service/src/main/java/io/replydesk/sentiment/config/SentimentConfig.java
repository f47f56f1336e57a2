package io.replydesk.sentiment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the sentiment service ({@code replydesk.sentiment.*}). */
@ConfigMapping(prefix = "replydesk.sentiment")
public interface SentimentConfig {

    /** English parser: {@code auto} picks shift-reduce when the heap allows it, else PCFG. */
    @WithDefault("auto")
    String parser();

    /** Heap (max, in MB) from which {@code auto} picks the shift-reduce parser. */
    @WithDefault("1100")
    int shiftReduceMinHeapMb();

    /** Longest sentence, in tokens, the parser takes on (CoreNLP {@code parse.maxlen}). */
    @WithDefault("80")
    int parseMaxTokens();

    /** Time for one text; past it the fast lexicon scorer answers instead. */
    @WithDefault("2s")
    Duration timeBudget();

    /** Time for a whole batch; items left when it runs out get the fast scorer. */
    @WithDefault("60s")
    Duration batchTimeBudget();

    /** How long a request waits for the models while they are still loading. */
    @WithDefault("60s")
    Duration loadWait();

    /** Threads that run the models; CoreNLP is CPU-bound, so about one per core. */
    @WithDefault("2")
    int threads();
}
