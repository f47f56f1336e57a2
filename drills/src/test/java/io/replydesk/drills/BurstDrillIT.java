package io.replydesk.drills;

import io.replydesk.drills.harness.DrillStack;
import io.replydesk.drills.harness.PostStream;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 10,000 posts pushed as fast as the collector takes them (ten arrays of 1,000); all of them drain. */
@Order(5)
@ExtendWith(DrillStack.Extension.class)
class BurstDrillIT {

    static final int POSTS = 10_000;

    @Test
    void burstOfTenThousandPosts() throws Exception {
        DrillStack drills = DrillStack.get();
        drills.run("burst of 10,000 posts", Duration.ofMinutes(20), drill -> {
            long started = System.nanoTime();
            PostStream stream = drill.stream(POSTS, 1000, Duration.ZERO);
            drill.approver();
            stream.awaitDone(Duration.ofMinutes(10));
            drill.note(String.format("pushed in %.1f s", (System.nanoTime() - started) / 1e9));
        });
    }
}
