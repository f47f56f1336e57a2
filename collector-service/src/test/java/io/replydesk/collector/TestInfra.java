package io.replydesk.collector;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.replydesk.collector.platform.reddit.RedditStubResource;
import io.replydesk.stack.test.EmbeddedInfraResource;

/**
 * The one set of test resources every @QuarkusTest of this service shares: real Kafka and PostgreSQL, and the
 * stand-in for reddit.com (whose URLs are configuration).
 */
@QuarkusTestResource(value = EmbeddedInfraResource.class,
        initArgs = @ResourceArg(name = "database", value = "collector"))
@QuarkusTestResource(RedditStubResource.class)
public final class TestInfra {
    private TestInfra() {
    }
}
