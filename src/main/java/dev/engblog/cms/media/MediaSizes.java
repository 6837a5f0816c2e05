package dev.engblog.cms.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** URLs of the derived widths; a width is present only when the original is wider (nothing is scaled up). */
@Schema(description = "URLs of the image scaled to these widths (height in proportion); only the widths smaller than the original.")
public record MediaSizes(
        @JsonInclude(JsonInclude.Include.NON_NULL) String w300,
        @JsonInclude(JsonInclude.Include.NON_NULL) String w600,
        @JsonInclude(JsonInclude.Include.NON_NULL) String w1000,
        @JsonInclude(JsonInclude.Include.NON_NULL) String w2000) {
}
