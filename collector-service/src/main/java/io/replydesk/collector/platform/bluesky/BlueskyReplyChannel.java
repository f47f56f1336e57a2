package io.replydesk.collector.platform.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.collector.service.Credentials;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Replies as a post in the credential's repository whose {@code reply} names the observed post as parent and its
 * thread's first post as root. The record key is derived from the approval's idempotency key, so when an earlier
 * attempt may have reached the PDS, that exact record is asked for first ({@code com.atproto.repo.getRecord}, which
 * the PDS answers from the repository itself, without the AppView's indexing delay) and reported instead of posting
 * again; and the PDS would refuse a second record under the same key anyway.
 */
@ApplicationScoped
public class BlueskyReplyChannel implements ReplyChannel {

    /** Bluesky's byte limit on post text, besides the grapheme limit. */
    private static final int MAX_BYTES = 3000;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final BlueskyApi api;
    private final Credentials credentials;
    private final int maxLength;

    public BlueskyReplyChannel(BlueskyApi api, Credentials credentials, CollectorConfig config) {
        this.api = api;
        this.credentials = credentials;
        this.maxLength = config.bluesky().replyMaxLength();
    }

    @Override
    public SourceType type() {
        return SourceType.BLUESKY;
    }

    @Override
    public boolean canReply(Source source) {
        return source.credential != null && credentials.exists(source.credential);
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        Optional<AtUri> target = AtUri.parse(approval.externalId()).filter(AtUri::isPost);
        if (target.isEmpty()) {
            return ReplyResult.refused("'" + approval.externalId() + "' is not the at:// address of a Bluesky post");
        }
        String text = approval.text();
        if (text == null || text.isBlank()) {
            return ReplyResult.refused("the reply is empty");
        }
        int graphemes = graphemes(text);
        if (graphemes > maxLength || text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return ReplyResult.refused("the reply is " + graphemes + " characters; Bluesky accepts at most "
                    + maxLength + " (and " + MAX_BYTES + " bytes)");
        }
        if (approval.occurredAt() == null || approval.idempotencyKey() == null) {
            return ReplyResult.refused("the approval carries no time or idempotency key to name the reply by");
        }
        String rkey = Tid.of(approval.occurredAt(), approval.idempotencyKey());
        try {
            BlueskySession me = api.session(source);
            AtUri ours = new AtUri(me.did(), AtUri.POST, rkey);
            if (attempt > 1) {
                Optional<BlueskyRecord> earlier = api.record(source, ours);
                if (earlier.isPresent()) {
                    return ReplyResult.posted(ours.toString(), ours.webUrl());
                }
            }
            Optional<BlueskyRecord> parent = api.record(source, target.get());
            if (parent.isEmpty()) {
                return ReplyResult.refused("the post " + target.get() + " no longer exists on Bluesky");
            }
            if (parent.get().cid() == null) {
                return ReplyResult.retryable("bluesky answered the post " + target.get() + " without its cid");
            }
            BlueskyRecordRef created = api.create(source, new BlueskyNewRecord(me.did(), AtUri.POST, rkey,
                    record(text, approval.language(), target.get(), parent.get())));
            if (created == null || created.uri() == null) {
                return ReplyResult.retryable("bluesky accepted the reply but answered without its address");
            }
            return ReplyResult.posted(created.uri(), AtUri.parse(created.uri()).map(AtUri::webUrl)
                    .orElse(ours.webUrl()));
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    private static ObjectNode record(String text, String language, AtUri target, BlueskyRecord parent) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode parentRef = json.objectNode().put("uri", target.toString()).put("cid", parent.cid());
        // The thread's first post is the parent's root when the parent is itself a reply.
        JsonNode root = parent.value() == null ? null : parent.value().path("reply").path("root");
        ObjectNode rootRef = root != null && AtUri.parse(root.path("uri").asText(null)).isPresent()
                && root.hasNonNull("cid")
                ? json.objectNode().put("uri", root.get("uri").asText()).put("cid", root.get("cid").asText())
                : parentRef.deepCopy();
        ObjectNode record = json.objectNode()
                .put("$type", AtUri.POST)
                .put("text", text)
                .put("createdAt", DATETIME.format(Instant.now()));
        record.putObject("reply").<ObjectNode>set("root", rootRef).set("parent", parentRef);
        if (language != null && language.matches("[a-z]{2,3}")) {
            record.putArray("langs").add(language);
        }
        return record;
    }

    /** Characters as a reader counts them (an emoji with modifiers is one). */
    private static int graphemes(String text) {
        BreakIterator it = BreakIterator.getCharacterInstance();
        it.setText(text);
        int count = 0;
        while (it.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
