package dev.engblog.cms.ghost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Answers {@link GhostError}s in Ghost's error shape (JSON, not problem+json: Ghost's clients read this
 * one), and marks every answer of the Ghost surface with its API version: {@code Accept-Version} echoed
 * as {@code Content-Version}, with {@code Vary: Accept-Version}.
 */
public class GhostErrors {

    private static final Pattern VERSION = Pattern.compile("v\\d{1,3}(\\.\\d{1,3})?");

    @ServerExceptionMapper
    public RestResponse<Map<String, Object>> ghost(GhostError e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", e.getMessage());
        error.put("context", e.context);
        error.put("type", e.type);
        error.put("details", null);
        error.put("property", null);
        error.put("help", null);
        error.put("code", null);
        error.put("id", UUID.randomUUID().toString());
        error.put("ghostErrorCode", null);
        RestResponse.ResponseBuilder<Map<String, Object>> answer = RestResponse.ResponseBuilder
                .<Map<String, Object>>create(e.status).entity(Map.of("errors", List.of(error))).type("application/json");
        e.headers.forEach(answer::header);
        return answer.header("Cache-Control", "no-cache, private, no-store, must-revalidate, max-stale=0, post-check=0, pre-check=0").build();
    }

    /** Content-Version and Vary on every answer of the Ghost surface, errors included. */
    @ServerResponseFilter
    public void version(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/ghost/")) {
            return;
        }
        String accepted = request.getHeaderString("Accept-Version");
        response.getHeaders().putSingle("Content-Version", accepted != null && VERSION.matcher(accepted).matches() ? accepted : "v5.0");
        response.getHeaders().add("Vary", "Accept-Version");
    }
}
