package io.replydesk.collector.platform.mastodon;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.replydesk.collector.ObservedPost;
import io.replydesk.collector.Source;
import io.replydesk.collector.SourceType;
import io.replydesk.collector.config.CollectorConfig;
import io.replydesk.collector.platform.PlainText;
import io.replydesk.collector.platform.PlatformException;
import io.replydesk.collector.platform.ReplyChannel;
import io.replydesk.collector.platform.ReplyResult;
import io.replydesk.collector.service.Credentials;
import io.replydesk.events.ReplyApproved;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replies as a status answering the observed one ({@code in_reply_to_id}), mentioning its author so they are
 * notified. The approval's idempotency key goes out as {@code Idempotency-Key}; when an earlier attempt may have
 * reached the server, the thread is searched for our reply first, so a timeout never makes a second status.
 */
@ApplicationScoped
public class MastodonReplyChannel implements ReplyChannel {

    private static final Pattern ACCT = Pattern.compile("[A-Za-z0-9_]{1,30}(@[A-Za-z0-9.-]{1,253})?");

    private final MastodonApi api;
    private final Credentials credentials;
    private final int maxLength;
    private final String visibility;

    public MastodonReplyChannel(MastodonApi api, Credentials credentials, CollectorConfig config) {
        this.api = api;
        this.credentials = credentials;
        this.maxLength = config.mastodon().replyMaxLength();
        this.visibility = config.mastodon().replyVisibility();
    }

    @Override
    public SourceType type() {
        return SourceType.MASTODON;
    }

    @Override
    public boolean canReply(Source source) {
        return source.credential != null && credentials.exists(source.credential);
    }

    @Override
    public ReplyResult post(Source source, ReplyApproved approval, int attempt) {
        String target = approval.externalId();
        if (!StatusReader.isStatusId(target)) {
            return ReplyResult.refused("'" + target + "' is not a Mastodon status id");
        }
        String status = withMention(approval);
        int length = status.codePointCount(0, status.length());
        if (length > maxLength) {
            return ReplyResult.refused("the reply is " + length + " characters with the mention; this Mastodon"
                    + " server accepts at most " + maxLength);
        }
        try {
            if (attempt > 1) {
                Optional<MastodonStatus> earlier = earlierReply(source, target, approval.text());
                if (earlier.isPresent()) {
                    return ReplyResult.posted(earlier.get().id(), earlier.get().url());
                }
            }
            MastodonStatus posted = api.post(source, new NewStatus(status, target, visibility),
                    approval.idempotencyKey());
            if (posted == null || posted.id() == null) {
                return ReplyResult.retryable("mastodon accepted the reply but answered without its id");
            }
            return ReplyResult.posted(posted.id(), posted.url());
        } catch (PlatformException.Refused e) {
            return ReplyResult.refused(e.getMessage());
        } catch (PlatformException e) {
            return ReplyResult.retryable(e.getMessage());
        }
    }

    /** Our account's answer to {@code target} that contains the approved text, if the thread already has one. */
    private Optional<MastodonStatus> earlierReply(Source source, String target, String text) {
        String me = api.accountId(source);
        MastodonContext context = api.context(source, target);
        String wanted = PlainText.normalized(text);
        return context == null || context.descendants() == null ? Optional.empty()
                : context.descendants().stream()
                        .filter(Objects::nonNull)
                        .filter(s -> target.equals(s.inReplyToId()))
                        .filter(s -> s.account() != null && me.equals(s.account().id()))
                        .filter(s -> PlainText.normalized(PlainText.fromHtml(s.content(), Integer.MAX_VALUE))
                                .contains(wanted))
                        .findFirst();
    }

    private String withMention(ReplyApproved approval) {
        String handle = QuarkusTransaction.requiringNew().call(() -> ObservedPost.<ObservedPost>findByIdOptional(
                approval.postId()).map(p -> p.authorHandle).orElse(null));
        if (handle == null || !ACCT.matcher(handle).matches() || approval.text().contains("@" + handle)) {
            return approval.text();
        }
        return "@" + handle + " " + approval.text();
    }
}
