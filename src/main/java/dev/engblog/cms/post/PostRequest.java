package dev.engblog.cms.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client writes. Relations are named by slug: {@code category} one category slug,
 * {@code tags} tag slugs or names (a name with no tag yet creates one, for AUTHOR and above),
 * {@code authors} author slugs in byline order; {@code coverImage} a media library id. Computed and read-only fields are not accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PostRequest(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 120) @Pattern(regexp = Patterns.SLUG, message = Patterns.SLUG_MESSAGE) String slug,
        @Size(max = 1000) String excerpt,
        @Size(max = 200_000) String bodyMarkdown,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String coverImageUrl,
        @Size(max = 500) String coverImageAlt,
        @Schema(description = "Id of an image in the media library (POST /media); reads embed it with its sizes and placeholder.")
        UUID coverImage,
        @Size(max = 32) String icon,
        @Size(max = 120) String category,
        @Size(max = 30) List<@NotBlank @Size(max = 120) String> tags,
        @Size(max = 10) List<@NotBlank @Size(max = 120) String> authors,
        PostStatus status,
        Boolean featured,
        Instant publishedAt,
        @Valid Seo seo) {
}
