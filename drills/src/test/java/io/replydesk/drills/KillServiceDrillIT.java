package io.replydesk.drills;

import io.replydesk.drills.harness.DrillStack;
import io.replydesk.drills.harness.PostStream;
import io.replydesk.stack.LocalService;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kill -9 of each service in the middle of a stream of posts while an approver works the inbox; the supervisor
 * restarts it, the stream completes, and nothing is lost, doubled or posted without approval.
 */
@Order(1)
@ExtendWith(DrillStack.Extension.class)
class KillServiceDrillIT {

    @Test
    @Order(1)
    void killCollector() throws Exception {
        killMidStream(LocalService.COLLECTOR);
    }

    @Test
    @Order(2)
    void killSentiment() throws Exception {
        killMidStream(LocalService.SENTIMENT);
    }

    @Test
    @Order(3)
    void killResponse() throws Exception {
        killMidStream(LocalService.RESPONSE);
    }

    private static void killMidStream(LocalService service) throws Exception {
        DrillStack drills = DrillStack.get();
        drills.run("kill -9 " + service.shortName(), Duration.ofMinutes(6), drill -> {
            PostStream stream = drill.stream(400, 10, Duration.ofMillis(400));
            drill.approver();
            stream.awaitPushed(120, DrillStack.RESTART_TIMEOUT);
            long killedAt = System.nanoTime();
            int pushedBefore = stream.pushed();
            long pid = drills.stack().kill(service);
            drills.stack().awaitReady(service, DrillStack.RESTART_TIMEOUT);
            drill.note(String.format("pid %d SIGKILLed after %d posts; supervisor had it ready again in %.1f s",
                    pid, pushedBefore, (System.nanoTime() - killedAt) / 1e9));
        });
    }
}
