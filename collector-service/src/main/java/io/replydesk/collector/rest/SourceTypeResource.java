package io.replydesk.collector.rest;

import io.replydesk.collector.SourceType;
import io.replydesk.collector.platform.Capabilities;
import io.replydesk.collector.platform.SourceConnector;
import io.replydesk.collector.service.Connectors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;

/** The kinds of source the collector supports, with their settings and what each platform really allows. */
@Path("/api/v1/source-types")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"admin", "viewer", "responder", "approver"})
public class SourceTypeResource {

    private final Connectors connectors;

    public SourceTypeResource(Connectors connectors) {
        this.connectors = connectors;
    }

    /** One source type. {@code creatable} is false for the built-in demo source. */
    public record SourceTypeView(SourceType type, boolean polled, boolean creatable, List<String> settings,
            Capabilities capabilities) {
        static SourceTypeView from(SourceConnector connector) {
            return new SourceTypeView(connector.type(), connector.type().polled(),
                    connector.type() != SourceType.DEMO, connector.settings(), connector.capabilities());
        }
    }

    @GET
    public List<SourceTypeView> list() {
        return connectors.all().stream().sorted(Comparator.comparing(SourceConnector::type))
                .map(SourceTypeView::from).toList();
    }
}
