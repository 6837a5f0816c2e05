package dev.engblog.cms.settings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.security.Callers;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

/** The site's settings: public reads, admin writes. */
@Path("/api/v1/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings", description = "The site's title, description, branding, language, navigation, social accounts and newsletter sender.")
public class SettingsResource {

    private final SettingsService service;
    private final Callers callers;

    public SettingsResource(SettingsService service, Callers callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "getSettings", summary = "The site's settings")
    public SettingsResponse get() {
        return service.get();
    }

    @PATCH
    @Authenticated
    @Consumes(MergePatch.MEDIA_TYPE)
    @Operation(operationId = "patchSettings", summary = "Change some settings (ADMIN, JSON merge patch, If-Match honoured)")
    public SettingsResponse patch(@RestHeader("If-Match") String ifMatch, @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(implementation = SettingsUpdate.class))) @NotNull JsonNode patch) {
        return service.patch(callers.required(), ifMatch, patch);
    }
}
