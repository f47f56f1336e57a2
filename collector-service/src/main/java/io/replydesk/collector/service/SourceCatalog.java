package io.replydesk.collector.service;

import io.quarkus.panache.common.Sort;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.config.MastodonHistoryConfig;
import io.replydesk.collector.rest.ProblemException;
import io.replydesk.collector.rest.SourcePatch;
import io.replydesk.collector.rest.SourceRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Creates, changes and removes sources, checking every URL against the SSRF guard before it is saved: the
 * transaction boundary around {@link SourceCreation} and {@link SourcePatches}.
 */
@ApplicationScoped
public class SourceCatalog {

    private final SourceCreation creation;
    private final SourcePatches patches;

    public SourceCatalog(OutboundUrlGuard guard, CollectorConfig config, Credentials credentials,
            MastodonHistoryConfig mastodonHistory) {
        SourceChecks checks = new SourceChecks(guard, config, credentials);
        this.creation = new SourceCreation(checks, config, new MastodonSources(mastodonHistory));
        this.patches = new SourcePatches(checks);
    }

    /** A new source and, for a webhook, the secrets it accepts pushes with (returned to the caller once). */
    public record Created(Source source, IngestSecrets secrets) {
    }

    @Transactional
    public Created create(SourceRequest request) {
        Created created = creation.create(request);
        created.source().persist();
        return created;
    }

    /** New ingest token and signing secret for a webhook source; the old ones stop working at once. */
    @Transactional
    public Created rotateSecrets(String id) {
        Source source = get(id);
        if (source.type != SourceType.WEBHOOK) {
            throw ProblemException.badRequest("source " + id + " is a " + source.type.json()
                    + " source; only webhook sources have ingest secrets");
        }
        return new Created(source, IngestSecrets.issue(source));
    }

    @Transactional
    public Source update(String id, SourcePatch patch) {
        Source source = get(id);
        patches.apply(source, patch);
        return source;
    }

    @Transactional
    public void delete(String id) {
        get(id).delete();
    }

    public Source get(String id) {
        Source source = Source.findById(id);
        if (source == null) {
            throw ProblemException.notFound("no source with id '" + id + "'");
        }
        return source;
    }

    /** The source, or empty; for callers that must not tell an unknown id from a refused one. */
    public Optional<Source> find(String id) {
        return Source.findByIdOptional(id);
    }

    public List<Source> all() {
        return Source.listAll(Sort.by("createdAt"));
    }
}
