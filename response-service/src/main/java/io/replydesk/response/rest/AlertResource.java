package io.replydesk.response.rest;

import io.replydesk.response.alert.Alert;
import io.replydesk.response.alert.AlertDispatcher;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Alerts on urgent posts: the latest ones, and a Server-Sent Events stream of new ones for the browser. */
@Path("/api/v1/alerts")
public class AlertResource {

    @Inject
    AlertDispatcher dispatcher;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public List<Alert> recent() {
        return dispatcher.recent();
    }

    /** Each event's data is one alert as JSON; the browser's EventSource reconnects by itself. */
    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public Multi<Alert> stream() {
        return dispatcher.stream();
    }
}
