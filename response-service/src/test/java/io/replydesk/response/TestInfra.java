package io.replydesk.response;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.replydesk.stack.test.EmbeddedInfraResource;

/** The one set of test resources all @QuarkusTest classes share: real Kafka and PostgreSQL, started once. */
@QuarkusTestResource(value = EmbeddedInfraResource.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = EmbeddedInfraResource.DATABASE_ARG, value = "response"))
@QuarkusTestResource(value = AlertReceiver.class, restrictToAnnotatedClass = false)
public class TestInfra {

    /** The service's Kafka consumer group (application.properties). */
    public static final String CONSUMER_GROUP = "response";
}
