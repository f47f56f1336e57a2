package io.replydesk.sentiment.service;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.replydesk.sentiment.config.SentimentConfig;
import io.replydesk.sentiment.nlp.CascadeSentiment;
import io.replydesk.sentiment.nlp.CategoryKeywords;
import io.replydesk.sentiment.nlp.CoreNlpEnglishSentiment;
import io.replydesk.sentiment.nlp.LanguageIdentifier;
import io.replydesk.sentiment.nlp.Lexicon;
import io.replydesk.sentiment.nlp.LexiconSentiment;
import io.replydesk.sentiment.nlp.NlpModels;
import io.replydesk.sentiment.nlp.RuleAssistedSentiment;
import io.replydesk.sentiment.nlp.SentimentModel;
import io.replydesk.sentiment.nlp.TextCues;
import io.replydesk.sentiment.nlp.TrainedSentiment;
import io.replydesk.sentiment.nlp.UnreasonableCues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Loads the language identifier, CoreNLP and the word lists once, on a thread of its own, so HTTP is up
 * at once and readiness turns UP when they are in memory. A failure to load is fatal: the process exits
 * so its supervisor restarts it, rather than serving half a service.
 */
@ApplicationScoped
public class ModelLoader {

    private static final Logger LOG = Logger.getLogger(ModelLoader.class);

    private final SentimentConfig config;
    private final CompletableFuture<NlpModels> models = new CompletableFuture<>();

    public ModelLoader(SentimentConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        Thread loader = new Thread(this::load, "sentiment-model-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long started = System.nanoTime();
        try {
            CoreNlpEnglishSentiment.Parser parser = parser();
            Map<String, SentimentModel> sentiment = new HashMap<>();
            Map<String, SentimentModel> fallback = new HashMap<>();
            Map<String, CategoryKeywords> categories = new HashMap<>();
            Map<String, UnreasonableCues> unreasonable = new HashMap<>();
            Map<String, TextCues> cues = new HashMap<>();
            fallback.put(Lexicon.SHARED, new LexiconSentiment(Lexicon.load(Lexicon.SHARED)));
            for (String language : LanguageIdentifier.SUPPORTED) {
                Lexicon lexicon = Lexicon.load(language);
                LexiconSentiment rules = new LexiconSentiment(lexicon);
                fallback.put(language, rules);
                categories.put(language, CategoryKeywords.load(language));
                cues.put(language, new TextCues(lexicon, categories.get(language)));
                unreasonable.put(language, UnreasonableCues.load(language));
                sentiment.put(language, new RuleAssistedSentiment(TrainedSentiment.load(language, lexicon), rules));
            }
            LanguageIdentifier languages = LanguageIdentifier.load();
            CoreNlpEnglishSentiment english = CoreNlpEnglishSentiment.load(parser, config.parseMaxTokens());
            Map<String, SentimentModel> quick = new HashMap<>(sentiment);
            sentiment.put("en", new CascadeSentiment(sentiment.get("en"), english));
            String description = "Lingua (en/it/hu); trained classifier + lexicon rules (en/it/hu); CoreNLP "
                    + parser + " sentiment for unsure English texts";
            models.complete(new NlpModels(languages, sentiment, quick, fallback, categories, unreasonable, cues, description));
            LOG.infof("Sentiment models loaded in %d ms: %s", (System.nanoTime() - started) / 1_000_000, description);
        } catch (RuntimeException | Error e) {
            models.completeExceptionally(e);
            LOG.error("Cannot load the sentiment models; stopping", e);
            Quarkus.asyncExit(1);
        }
    }

    private CoreNlpEnglishSentiment.Parser parser() {
        String wanted = config.parser().trim().toLowerCase(java.util.Locale.ROOT);
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return switch (wanted) {
            case "sr", "shift-reduce" -> CoreNlpEnglishSentiment.Parser.SHIFT_REDUCE;
            case "pcfg" -> CoreNlpEnglishSentiment.Parser.PCFG;
            case "auto" -> heapMb >= config.shiftReduceMinHeapMb()
                    ? CoreNlpEnglishSentiment.Parser.SHIFT_REDUCE : CoreNlpEnglishSentiment.Parser.PCFG;
            default -> throw new IllegalArgumentException(
                    "replydesk.sentiment.parser must be auto, sr or pcfg, not " + config.parser());
        };
    }

    public boolean isLoaded() {
        return models.isDone() && !models.isCompletedExceptionally();
    }

    /** The models when loaded; empty while still loading. */
    public Optional<NlpModels> now() {
        return isLoaded() ? Optional.of(models.join()) : Optional.empty();
    }

    /** Waits up to {@code wait} for the models; throws {@link ModelsUnavailableException} if they are not there. */
    public NlpModels await(Duration wait) {
        try {
            return models.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new ModelsUnavailableException("the sentiment models are still loading; retry shortly");
        } catch (ExecutionException e) {
            throw new ModelsUnavailableException("the sentiment models failed to load: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelsUnavailableException("interrupted while waiting for the sentiment models");
        }
    }
}
