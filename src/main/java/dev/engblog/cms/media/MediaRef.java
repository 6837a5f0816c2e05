package dev.engblog.cms.media;

import jakarta.annotation.Nullable;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image as a post or author embeds it: enough for a responsive {@code <img srcset>} with a placeholder. */
public record MediaRef(UUID id, String url, String mimeType, int width, int height, @Nullable String alt, MediaSizes sizes,
                       @Schema(description = "BlurHash of the image (https://blurha.sh), to paint before it arrives.",
                               examples = "LKO2?U%2Tw=w]~RBVZRi};RPxuwH") String placeholder) {
}
