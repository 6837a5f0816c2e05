package dev.engblog.cms.media;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The upload form (multipart/form-data): the image, and optionally its alt text and caption. */
@Schema(name = "MediaUpload", requiredProperties = "file")
public class MediaUpload {

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary",
            description = "The image: JPEG, PNG or WebP, told by its content (the name and declared type are ignored). "
                    + "SVG and GIF are refused.")
    public FileUpload file;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(maxLength = 500, description = "Alternative text for screen readers.")
    public String alt;

    @RestForm
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(maxLength = 1000, description = "Caption shown with the image.")
    public String caption;
}
