package io.replydesk.drills.harness;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A person working the inbox while the drill runs: approves the pending drafts of one source whose post number
 * is a multiple of four (a quarter of the posts, half of the complaints) and leaves the rest pending.
 */
public final class Approver {

    private final PipelineApi api;
    private final WebhookSource source;
    private final Set<String> approved = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile RuntimeException failure;

    Approver(PipelineApi api, WebhookSource source) {
        this.api = api;
        this.source = source;
        this.thread = new Thread(this::run, "approver-" + source.id());
        this.thread.setDaemon(true);
    }

    public Approver start() {
        thread.start();
        return this;
    }

    /** One more pass over the inbox, then stop; rethrows what went wrong. */
    public int finish() {
        stopping = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
        approveDue();
        return approved.size();
    }

    public int approvedCount() {
        return approved.size();
    }

    private void run() {
        try {
            while (!stopping) {
                approveDue();
                Pause.millis(1000);
            }
        } catch (Exception e) {
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private void approveDue() {
        String prefix = source.id() + ":";
        for (Map<String, Object> draft : api.pendingDrafts()) {
            String postId = (String) draft.get("postId");
            String id = (String) draft.get("id");
            if (postId != null && postId.startsWith(prefix) && PostStream.index(postId) % 4 == 0
                    && !approved.contains(id)) {
                api.approve(id);
                approved.add(id);
            }
        }
    }
}
