package io.replydesk.sentiment.health;

import io.replydesk.sentiment.service.ModelLoader;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the language and sentiment models are in memory (a few seconds after start). */
@Readiness
@ApplicationScoped
public class ModelsReadiness implements HealthCheck {

    private final ModelLoader loader;

    public ModelsReadiness(ModelLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        return loader.now()
                .map(models -> HealthCheckResponse.named("sentiment-models").up()
                        .withData("models", models.description()).build())
                .orElseGet(() -> HealthCheckResponse.named("sentiment-models").down()
                        .withData("models", "loading").build());
    }
}
