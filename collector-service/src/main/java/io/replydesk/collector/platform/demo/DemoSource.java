package io.replydesk.collector.platform.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.replydesk.collector.IncomingPost;
import io.replydesk.collector.ObservedPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.rest.IngestPost;
import io.replydesk.collector.service.PostIntake;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The built-in source of the local run: replays bundled Italian, Hungarian and English reviews one at a time,
 * so a newcomer sees the whole loop without any platform credentials. Already observed posts are skipped, so
 * a second run does not repeat them.
 */
@ApplicationScoped
public class DemoSource {

    public static final String ID = "demo";
    private static final Logger LOG = Logger.getLogger(DemoSource.class);

    private final CollectorConfig config;
    private final PostIntake intake;
    private final List<IngestPost> posts;

    public DemoSource(CollectorConfig config, PostIntake intake, ObjectMapper json) throws IOException {
        this.config = config;
        this.intake = intake;
        try (InputStream in = DemoSource.class.getResourceAsStream("/demo/posts.json")) {
            this.posts = json.readValue(in, new TypeReference<List<IngestPost>>() {
            });
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.demo().enabled()) {
            QuarkusTransaction.requiringNew().run(this::ensureSource);
            LOG.infof("demo source enabled: replaying %d bundled posts", posts.size());
        }
    }

    @Scheduled(every = "${replydesk.collector.demo.interval:3s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void replayNext() {
        if (!config.demo().enabled()) {
            return;
        }
        Source source = QuarkusTransaction.requiringNew().call(() -> Source.findById(ID));
        if (source == null || !source.enabled) {
            return;
        }
        Instant now = Instant.now();
        for (IngestPost post : posts) {
            boolean seen = QuarkusTransaction.requiringNew()
                    .call(() -> ObservedPost.lookup(ID, post.externalId()).isPresent());
            if (!seen) {
                IncomingPost incoming = post.toIncoming("", config.maxTextLength(), now);
                intake.take(source, List.of(incoming));
                return;
            }
        }
    }

    private void ensureSource() {
        if (Source.findById(ID) == null) {
            Source source = new Source();
            source.id = ID;
            source.type = SourceType.DEMO;
            source.name = "Demo reviews (bundled)";
            source.createdAt = Instant.now();
            source.enabled = true;
            source.persist();
        }
    }
}
