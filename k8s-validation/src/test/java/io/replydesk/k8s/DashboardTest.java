package io.replydesk.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Grafana dashboard is valid JSON with unique panel ids, and every query is scoped to the namespace. */
class DashboardTest {

    @Test
    void dashboardParsesAndEveryPanelQueriesReplyDeskOnly() throws IOException {
        JsonNode dashboard = new ObjectMapper()
                .readTree(Manifests.root().resolve("k8s/observability/grafana-dashboard.json").toFile());
        assertThat(dashboard.path("uid").asText()).isNotBlank();
        assertThat(dashboard.path("panels").size()).isGreaterThanOrEqualTo(6);
        Set<Integer> ids = new HashSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            assertThat(ids.add(panel.path("id").asInt())).as("unique panel id %s", panel.path("id")).isTrue();
            assertThat(panel.path("targets")).isNotEmpty();
            for (JsonNode target : panel.path("targets")) {
                assertThat(target.path("expr").asText()).as(panel.path("title").asText())
                        .contains("namespace=\"$namespace\"");
            }
        }
    }
}
