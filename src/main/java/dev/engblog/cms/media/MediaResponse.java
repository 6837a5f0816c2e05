package dev.engblog.cms.media;

import dev.engblog.cms.common.http.Versioned;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item of the media library. */
public record MediaResponse(
        UUID id,
        @Schema(description = "The stored original (scaled down to 2560 px on its long side when larger, upright, no metadata).")
        String url,
        @Schema(description = "The stored type: image/jpeg, or image/png for PNG uploads and WebP with transparency.")
        String mimeType,
        int width,
        int height,
        @Schema(description = "Size of the stored original in bytes.")
        long bytes,
        @Nullable String alt,
        @Nullable String caption,
        @Schema(description = "The uploaded file's name, for search and display only.")
        @Nullable String filename,
        MediaSizes sizes,
        @Schema(description = "BlurHash of the image (https://blurha.sh), to paint before it arrives.",
                examples = "LKO2?U%2Tw=w]~RBVZRi};RPxuwH")
        String placeholder,
        @Schema(description = "SHA-256 of the uploaded bytes: identical uploads share their files.")
        String sha256,
        @Schema(description = "The user who uploaded it (null once that account is deleted).")
        @Nullable UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Versioned {
}
