package io.replydesk.response.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replydesk.response.AuditAction;
import io.replydesk.response.ConflictException;
import io.replydesk.response.NotFoundException;
import io.replydesk.response.PlaybookCell;
import io.replydesk.response.PlaybookTemplate;
import io.replydesk.response.Situation;
import io.replydesk.response.config.ResponseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Edits the playbook's templates: a cell's variants are replaced as a whole, after each one parsed and
 * rendered in the sandbox; every change is audited with the variants before and after.
 */
@ApplicationScoped
public class PlaybookEditor {

    private static final Pattern CATEGORY = Pattern.compile("default|[A-Z][A-Z0-9_]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReplyPlaybook playbook;

    @Inject
    AuditTrail audit;

    @Inject
    ResponseConfig config;

    /** Every cell of the known languages, situations and categories, as it applies now. */
    @Transactional
    public List<ReplyPlaybook.Resolved> all(String language, Situation situation) {
        List<ReplyPlaybook.Resolved> cells = new ArrayList<>();
        for (String l : playbook.languages()) {
            if (language != null && !language.equals(l)) {
                continue;
            }
            for (Situation s : Situation.values()) {
                if (situation != null && situation != s) {
                    continue;
                }
                for (String category : categories()) {
                    cells.add(playbook.resolve(new PlaybookCell(l, s, category)));
                }
            }
        }
        return cells;
    }

    /** Known categories and any edited one. */
    @Transactional
    public List<String> categories() {
        List<String> categories = new ArrayList<>(playbook.knownCategories());
        PlaybookTemplate.<PlaybookTemplate>listAll().stream().map(t -> t.getCell().category()).distinct().sorted()
                .filter(c -> !categories.contains(c)).forEach(categories::add);
        return categories;
    }

    @Transactional
    public ReplyPlaybook.Resolved get(PlaybookCell cell) {
        return playbook.resolve(valid(cell));
    }

    @Transactional
    public Optional<PlaybookTemplate> edited(PlaybookCell cell) {
        return PlaybookTemplate.findByIdOptional(cell);
    }

    /**
     * Replaces the cell's variants.
     *
     * @param expectedVersion the version the editor started from (0 while the cell has never been edited)
     */
    @Transactional
    public ReplyPlaybook.Resolved replace(PlaybookCell cell, List<String> variants, long expectedVersion,
            String actor) {
        valid(cell);
        if (variants == null || variants.isEmpty() || variants.size() > config.playbook().maxVariants()) {
            throw new InvalidTemplateException("variants must hold 1 to " + config.playbook().maxVariants()
                    + " templates");
        }
        for (int i = 0; i < variants.size(); i++) {
            try {
                playbook.preview(cell.language(), cell.situation(), cell.category(), variants.get(i));
            } catch (InvalidTemplateException e) {
                throw new InvalidTemplateException("variant " + i + " " + e.getMessage());
            }
        }
        Optional<PlaybookTemplate> existing = PlaybookTemplate.findByIdOptional(cell);
        ReplyPlaybook.Resolved before = playbook.resolve(cell);
        requireVersion(cell, expectedVersion, existing);
        PlaybookTemplate template = existing.orElseGet(() -> PlaybookTemplate.of(cell));
        template.replace(variants, actor);
        if (existing.isEmpty()) {
            template.persist();
        }
        PlaybookTemplate.flush();
        audit.record(actor, AuditAction.PLAYBOOK_EDITED, "playbook:" + cell, json(before.variants()),
                json(variants), "version " + template.getVersion());
        return playbook.resolve(cell);
    }

    /** Drops the cell's edit, so the file's (or the inherited) variants apply again. */
    @Transactional
    public ReplyPlaybook.Resolved reset(PlaybookCell cell, Long expectedVersion, String actor) {
        valid(cell);
        PlaybookTemplate existing = PlaybookTemplate.<PlaybookTemplate>findByIdOptional(cell)
                .orElseThrow(() -> new NotFoundException("playbook cell " + cell + " has no edit to undo"));
        if (expectedVersion != null) {
            requireVersion(cell, expectedVersion, Optional.of(existing));
        }
        List<String> before = existing.getVariants();
        existing.delete();
        PlaybookTemplate.flush();
        ReplyPlaybook.Resolved after = playbook.resolve(cell);
        audit.record(actor, AuditAction.PLAYBOOK_RESET, "playbook:" + cell, json(before), json(after.variants()),
                "back to " + after.source() + " " + after.from());
        return after;
    }

    public String preview(PlaybookCell cell, String template) {
        valid(cell);
        return playbook.preview(cell.language(), cell.situation(), cell.category(), template);
    }

    private static void requireVersion(PlaybookCell cell, long expected, Optional<PlaybookTemplate> existing) {
        long actual = existing.map(PlaybookTemplate::getVersion).orElse(0L);
        if (expected != actual) {
            throw new ConflictException("playbook cell " + cell + " is at version " + actual + ", not " + expected
                    + "; reload it and try again");
        }
    }

    private PlaybookCell valid(PlaybookCell cell) {
        if (!playbook.languages().contains(cell.language())) {
            throw new NotFoundException("no playbook for language '" + cell.language() + "'; languages are "
                    + playbook.languages());
        }
        if (!CATEGORY.matcher(cell.category()).matches()) {
            throw new InvalidTemplateException("category must be 'default' or an upper-case code like DELAY, not '"
                    + cell.category() + "'");
        }
        return cell;
    }

    /** Parses a situation from a path, naming the valid ones when it is not one. */
    public static Situation situation(String raw) {
        try {
            return Situation.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("no situation '" + raw + "'; situations are " + List.of(Situation.values()));
        }
    }

    private static String json(List<String> variants) {
        try {
            return JSON.writeValueAsString(variants);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
