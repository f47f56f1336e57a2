package io.replydesk.sentiment.service;

import java.time.Duration;

/** A point in time work must be done by; batches hand each item the smaller of its own budget and what is left. */
public record Deadline(long nanoTime) {

    public static Deadline after(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public Deadline atMost(Duration budget) {
        long other = System.nanoTime() + budget.toNanos();
        return other - nanoTime < 0 ? new Deadline(other) : this;
    }

    public long remainingNanos() {
        return Math.max(0, nanoTime - System.nanoTime());
    }

    public boolean passed() {
        return remainingNanos() == 0;
    }
}
