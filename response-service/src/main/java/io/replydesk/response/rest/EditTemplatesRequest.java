package io.replydesk.response.rest;

import java.util.List;

/** New template variants for a playbook cell, with the version they were edited from. */
public record EditTemplatesRequest(List<String> variants, Long version) {

    List<String> validVariants() {
        if (variants == null || variants.isEmpty()) {
            throw new InvalidRequestException("variants is required: a list of one or more templates");
        }
        return variants;
    }

    long requiredVersion() {
        if (version == null) {
            throw new InvalidRequestException("version is required: send the version of the cell you edited (0 if"
                    + " never edited)");
        }
        return version;
    }
}
