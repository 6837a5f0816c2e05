package dev.engblog.cms.common.taxonomy;

import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A category or tag as a client writes it. */
public record TermRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @Size(max = 2000) String description) implements TaxonomyRequest {

    public static TermRequest of(Term term) {
        return new TermRequest(term.name, term.slug, term.description);
    }
}
