package io.replydesk.response.rest;

import io.quarkus.security.identity.SecurityIdentity;
import io.replydesk.response.PlaybookCell;
import io.replydesk.response.Situation;
import io.replydesk.response.service.PlaybookEditor;
import io.replydesk.response.service.ReplyPlaybook;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** The reply playbook: templates per language, situation and category; approvers and admins edit them. */
@Path("/api/v1/playbook")
@Produces(MediaType.APPLICATION_JSON)
public class PlaybookResource {

    private static final String CELL = "{language}/{situation}/{category}";

    @Inject
    PlaybookEditor editor;

    @Inject
    ReplyPlaybook playbook;

    @Inject
    SecurityIdentity identity;

    /** The whole playbook, or one language's or situation's part, with the data model templates may use. */
    public record PlaybookResponse(List<Language> languages, List<Situation> situations, List<String> categories,
            Map<String, String> dataModel, List<PlaybookCellResponse> templates) {

        public record Language(String code, String name) {
        }
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public PlaybookResponse list(@QueryParam("language") String language, @QueryParam("situation") String situation) {
        Situation only = situation == null || situation.isBlank() ? null : PlaybookEditor.situation(situation);
        return new PlaybookResponse(
                playbook.languages().stream().map(l -> new PlaybookResponse.Language(l, playbook.languageName(l)))
                        .toList(),
                List.of(Situation.values()), editor.categories(), playbook.dataModel(),
                editor.all(language == null || language.isBlank() ? null : language.trim(), only).stream()
                        .map(PlaybookCellResponse::from).toList());
    }

    @GET
    @Path(CELL)
    @RolesAllowed({Roles.VIEWER, Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public PlaybookCellResponse get(@PathParam("language") String language, @PathParam("situation") String situation,
            @PathParam("category") String category) {
        return PlaybookCellResponse.from(editor.get(cell(language, situation, category)));
    }

    @PUT
    @Path(CELL)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public PlaybookCellResponse replace(@PathParam("language") String language,
            @PathParam("situation") String situation, @PathParam("category") String category,
            EditTemplatesRequest request) {
        InvalidRequestException.requireBody(request);
        return PlaybookCellResponse.from(editor.replace(cell(language, situation, category), request.validVariants(),
                request.requiredVersion(), identity.getPrincipal().getName()));
    }

    @DELETE
    @Path(CELL)
    @RolesAllowed({Roles.APPROVER, Roles.ADMIN})
    public PlaybookCellResponse reset(@PathParam("language") String language, @PathParam("situation") String situation,
            @PathParam("category") String category, @QueryParam("version") String version) {
        return PlaybookCellResponse.from(editor.reset(cell(language, situation, category),
                ListParams.version(version), identity.getPrincipal().getName()));
    }

    /** Renders a template with sample data, so an editor sees the result (and any error) before saving. */
    @POST
    @Path(CELL + "/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESPONDER, Roles.APPROVER, Roles.ADMIN})
    public Map<String, Object> preview(@PathParam("language") String language,
            @PathParam("situation") String situation, @PathParam("category") String category,
            PreviewRequest request) {
        InvalidRequestException.requireBody(request);
        String text = editor.preview(cell(language, situation, category), request.template());
        return Map.of("text", text, "length", text.codePointCount(0, text.length()));
    }

    /** A template to try out. */
    public record PreviewRequest(String template) {
    }

    private static PlaybookCell cell(String language, String situation, String category) {
        return new PlaybookCell(language.trim().toLowerCase(java.util.Locale.ROOT), PlaybookEditor.situation(situation),
                category.trim());
    }
}
