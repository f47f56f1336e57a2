package io.replydesk.drills;

import io.replydesk.drills.harness.DrillStack;
import io.replydesk.drills.harness.Pause;
import io.replydesk.drills.harness.PostStream;
import io.replydesk.stack.LocalStack;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Kafka and PostgreSQL each stopped and started again (same port, same data) while posts flow. */
@Order(2)
@ExtendWith(DrillStack.Extension.class)
class InfrastructureRestartDrillIT {

    private static final Duration DOWNTIME = Duration.ofSeconds(10);

    @Test
    @Order(1)
    void brokerRestart() throws Exception {
        downWhilePostsFlow("broker restart", "Kafka", LocalStack::stopKafka, LocalStack::startKafka);
    }

    @Test
    @Order(2)
    void databaseRestart() throws Exception {
        downWhilePostsFlow("database restart", "PostgreSQL", LocalStack::stopPostgres, LocalStack::startPostgres);
    }

    private static void downWhilePostsFlow(String drillName, String what, Consumer<LocalStack> stop,
            Consumer<LocalStack> start) throws Exception {
        DrillStack drills = DrillStack.get();
        drills.run(drillName, Duration.ofMinutes(6), drill -> {
            PostStream stream = drill.stream(400, 10, Duration.ofMillis(400));
            drill.approver();
            stream.awaitPushed(100, DrillStack.RESTART_TIMEOUT);
            int before = stream.pushed();
            stop.accept(drills.stack());
            Pause.millis(DOWNTIME.toMillis());
            int during = stream.pushed() - before;
            start.accept(drills.stack());
            drill.note(String.format("%s down %d s after %d posts; %d more accepted meanwhile", what,
                    DOWNTIME.toSeconds(), before, during));
        });
    }
}
