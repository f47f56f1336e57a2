package io.replydesk.response.service;

import io.quarkus.qute.Engine;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.ValueResolvers;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Qute engine with nothing but the documented data model: a flat map of strings and numbers, {@code {#if}}
 * sections and the {@code ?:}/{@code or} operators. No reflection, no includes, no {@code #eval}, no namespaces,
 * so a template edited through the API can read the model and nothing else; strict rendering makes any other
 * name an error. Templates come only from the playbook: the post's text is never part of the model, let alone
 * parsed.
 */
final class TemplateSandbox {

    /** The names a template may use, with what they hold (shown by the API). */
    static final Map<String, String> DATA_MODEL = Map.ofEntries(
            Map.entry("thanks", "a thank-you for the feedback"),
            Map.entry("apology", "a sincere apology"),
            Map.entry("regret", "regret for the customer's disappointment that admits no fault (unreasonable posts)"),
            Map.entry("acknowledgement", "acknowledges the failure of the post's category in general terms"),
            Map.entry("action", "what will be done about a failure of that category"),
            Map.entry("factCheck", "we want to look at the facts together (unreasonable posts)"),
            Map.entry("update", "we are on it and will post an update here (viral posts)"),
            Map.entry("privateChannel", "invites the author to a private channel to put things right"),
            Map.entry("contact", "invites the author to a private channel, conceding nothing (unreasonable posts)"),
            Map.entry("closing", "a courteous closing sentence"),
            Map.entry("gratitude", "thanks for praise (positive reviews)"),
            Map.entry("welcomeBack", "looks forward to the next visit (positive reviews)"),
            Map.entry("category", "the failure category code, e.g. DELAY"),
            Map.entry("situation", "COMPLAINT, UNREASONABLE, VIRAL or POSITIVE"),
            Map.entry("language", "the reply's language code"),
            Map.entry("platform", "the source type, e.g. mastodon"),
            Map.entry("rating", "the post's rating, or null"),
            Map.entry("ratingScale", "the rating's scale, or null"),
            Map.entry("maxLength", "the platform's reply limit in characters, or null"));

    static final Set<String> PHRASE_PARTS = Set.of("thanks", "apology", "regret", "acknowledgement", "action",
            "factCheck", "update", "privateChannel", "contact", "closing", "gratitude", "welcomeBack");

    private static final int CACHE_LIMIT = 2000;

    private final Engine engine = Engine.builder()
            .addSectionHelper(new IfSectionHelper.Factory())
            .addValueResolvers(ValueResolvers.mapResolver(), ValueResolvers.orResolver(),
                    ValueResolvers.trueResolver(), ValueResolvers.logicalAndResolver(),
                    ValueResolvers.logicalOrResolver(), ValueResolvers.equalsResolver())
            .strictRendering(true)
            .removeStandaloneLines(true)
            .build();
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    /** @throws InvalidTemplateException when the source does not parse */
    Template parse(String source) {
        Template template = parsed.get(source);
        if (template != null) {
            return template;
        }
        try {
            template = engine.parse(source);
        } catch (TemplateException e) {
            throw new InvalidTemplateException("does not parse: " + e.getMessage());
        }
        if (parsed.size() > CACHE_LIMIT) {
            parsed.clear();
        }
        parsed.put(source, template);
        return template;
    }

    /**
     * Renders with the model as data only; whitespace runs left by sections collapse to one space.
     *
     * @throws InvalidTemplateException when the template uses a name outside the model
     */
    String render(String source, Map<String, Object> model) {
        Template template = parse(source);
        try {
            return template.data(model).render().replaceAll("\\s+", " ").trim();
        } catch (TemplateException e) {
            throw new InvalidTemplateException("cannot be rendered: " + e.getMessage());
        }
    }
}
