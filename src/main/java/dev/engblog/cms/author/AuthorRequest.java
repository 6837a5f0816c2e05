package dev.engblog.cms.author;

import dev.engblog.cms.common.taxonomy.TaxonomyRequest;
import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author profile as a client writes it. */
public record AuthorRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @Size(max = 2000) String bio,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String avatarUrl,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String websiteUrl,
        @Schema(description = "Id of an image in the media library (POST /media); reads embed it with its sizes and placeholder.")
        UUID avatar) implements TaxonomyRequest {

    static AuthorRequest of(Author a) {
        return new AuthorRequest(a.name, a.slug, a.bio, a.avatarUrl, a.websiteUrl, a.avatarMediaId);
    }
}
