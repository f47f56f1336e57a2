package io.replydesk.drills.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What one drill works with: its own webhook source, its streams of posts and its approver. */
public final class Drill {

    private final PipelineApi api;
    private final WebhookSource source;
    private final List<PostStream> streams = new ArrayList<>();
    private final List<Approver> approvers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Drill(PipelineApi api, WebhookSource source) {
        this.api = api;
        this.source = source;
    }

    public WebhookSource source() {
        return source;
    }

    public PipelineApi api() {
        return api;
    }

    /** Starts pushing {@code total} posts in batches, pausing between batches. */
    public PostStream stream(int total, int batchSize, Duration pause) {
        PostStream stream = new PostStream(api, source, total, batchSize, pause).start();
        streams.add(stream);
        return stream;
    }

    /** Starts approving a share of this drill's drafts as they arrive. */
    public Approver approver() {
        Approver approver = new Approver(api, source).start();
        approvers.add(approver);
        return approver;
    }

    /** A line for the report's notes column. */
    public void note(String note) {
        notes.add(note);
    }

    List<PostStream> streams() {
        return streams;
    }

    List<Approver> approvers() {
        return approvers;
    }

    String notes() {
        return String.join("; ", notes);
    }
}
