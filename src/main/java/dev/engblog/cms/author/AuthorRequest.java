package dev.engblog.cms.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engblog.cms.common.api.Patterns;
import dev.engblog.cms.common.taxonomy.TaxonomyRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An author profile as a client writes it. {@code initials} overrides the ones derived from the name;
 * {@code title} is the role label shown with the name ("Staff Engineer").
 */
public record AuthorRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @Size(max = 2000) String bio,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String avatarUrl,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String websiteUrl,
        @Size(min = 1, max = 4) @Pattern(regexp = "\\p{L}+", message = "must be 1 to 4 letters") String initials,
        @Size(max = 120) String title,
        @Size(max = 120) String location,
        @Size(max = 10) List<@Valid SocialLink> socialLinks,
        @Schema(description = "Id of an image in the media library (POST /media); reads embed it with its sizes and placeholder.")
        UUID avatar) implements TaxonomyRequest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final TypeReference<List<SocialLink>> LINKS = new TypeReference<>() {
    };

    static AuthorRequest of(Author a) {
        return new AuthorRequest(a.name, a.slug, a.bio, a.avatarUrl, a.websiteUrl, a.initials, a.title, a.location, links(a.socialLinks), a.avatarMediaId);
    }

    static List<SocialLink> links(String json) {
        try {
            return json == null ? List.of() : JSON.readValue(json, LINKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable social links", e);
        }
    }

    static String json(List<SocialLink> links) {
        try {
            return JSON.writeValueAsString(links == null ? List.of() : links);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
