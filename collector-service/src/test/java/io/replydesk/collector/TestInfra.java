package io.replydesk.collector;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.replydesk.stack.test.EmbeddedInfraResource;

/** The one set of test resources every @QuarkusTest of this service shares: real Kafka and PostgreSQL. */
@QuarkusTestResource(value = EmbeddedInfraResource.class,
        initArgs = @ResourceArg(name = "database", value = "collector"))
public final class TestInfra {
    private TestInfra() {
    }
}
