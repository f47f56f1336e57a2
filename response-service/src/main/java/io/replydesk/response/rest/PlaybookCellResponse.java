package io.replydesk.response.rest;

import io.replydesk.response.Situation;
import io.replydesk.response.service.ReplyPlaybook;
import java.util.List;

/**
 * One playbook cell as it applies now: {@code source} is {@code edited} (through the API) or {@code file};
 * {@code inheritedFrom} names the category whose templates apply when the cell has none of its own.
 * {@code version} is what an edit must send back (0 while the cell itself was never edited).
 */
public record PlaybookCellResponse(String language, Situation situation, String category, String source,
        String inheritedFrom, List<String> variants, long version) {

    static PlaybookCellResponse from(ReplyPlaybook.Resolved resolved) {
        boolean inherited = !resolved.from().equals(resolved.cell());
        return new PlaybookCellResponse(resolved.cell().language(), resolved.cell().situation(),
                resolved.cell().category(), resolved.source(), inherited ? resolved.from().category() : null,
                resolved.variants(), resolved.version());
    }
}
