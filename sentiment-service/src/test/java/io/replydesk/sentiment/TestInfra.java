package io.replydesk.sentiment;

import io.quarkus.test.common.QuarkusTestResource;
import io.replydesk.stack.test.EmbeddedInfraResource;

/** The one set of test resources every @QuarkusTest of this service shares: a real Kafka (no database here). */
@QuarkusTestResource(EmbeddedInfraResource.class)
public final class TestInfra {
    private TestInfra() {
    }
}
