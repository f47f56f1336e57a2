package io.replydesk.sentiment.service;

import io.replydesk.sentiment.Polarity;
import io.replydesk.sentiment.config.SentimentConfig;
import io.replydesk.sentiment.nlp.SentimentModel;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs a sentiment model within a deadline on a small pool sized to the cores (which also caps how many
 * parses hold memory at once). Past the deadline, or if the model fails, the fast fallback model answers:
 * a caller always gets a judgement, never an error or a hang.
 */
@ApplicationScoped
public class BoundedScoring {

    private static final Logger LOG = Logger.getLogger(BoundedScoring.class);

    private final ExecutorService pool;

    public BoundedScoring(SentimentConfig config) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "sentiment-model-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(Math.max(1, config.threads()), threads);
    }

    public Polarity polarity(SentimentModel model, SentimentModel fallback, String text, Deadline deadline) {
        if (model == fallback || deadline.passed()) {
            return fallback.polarity(text);
        }
        Future<Polarity> future = pool.submit(() -> model.polarity(text));
        try {
            return future.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true); // CoreNLP's parser gives up when interrupted
            LOG.debugf("%s model out of time on %d characters; lexicon used", model.language(), text.length());
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "%s model failed on %d characters; lexicon used", model.language(), text.length());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
        }
        return fallback.polarity(text);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
