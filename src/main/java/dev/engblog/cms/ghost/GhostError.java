package dev.engblog.cms.ghost;

import dev.engblog.cms.common.error.ApiException;
import java.util.Map;

/**
 * An error in Ghost's shape ({@code {errors: [{message, context, type, ...}]}}), the one Ghost's
 * clients read: the SDK throws an Error named after {@code type} with {@code message}.
 */
final class GhostError extends RuntimeException {

    final int status;
    final String type;
    final String context;
    final Map<String, String> headers;

    GhostError(int status, String type, String message, String context, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.context = context;
        this.headers = headers;
    }

    static GhostError noKey() {
        return new GhostError(403, "NoPermissionError", "Authorization failed",
                "Unable to determine the authenticated member or integration. Check the supplied Content API Key"
                        + " and ensure cookies are being passed through if member auth is failing.", Map.of());
    }

    static GhostError unknownKey() {
        return new GhostError(401, "UnauthorizedError", "Unknown Content API Key", null, Map.of());
    }

    static GhostError notFound(String what) {
        return new GhostError(404, "NotFoundError", "Resource not found error, cannot read " + what + ".", what.substring(0, 1)
                .toUpperCase() + what.substring(1) + " not found.", Map.of());
    }

    static GhostError badFilter(String why) {
        return new GhostError(400, "BadRequestError", "Error parsing filter", why, Map.of());
    }

    static GhostError validation(String parameter, String why) {
        return new GhostError(422, "ValidationError", "Validation error, cannot read '" + parameter + "'.", why, Map.of());
    }

    /** Our own refusals, said the Ghost way (the status, Retry-After and the reason kept). */
    static GhostError from(ApiException e) {
        String type = switch (e.status()) {
            case 400 -> "BadRequestError";
            case 401 -> "UnauthorizedError";
            case 403 -> "NoPermissionError";
            case 404 -> "NotFoundError";
            case 429 -> "TooManyRequestsError";
            default -> "InternalServerError";
        };
        String context = e.errors() == null || e.errors().isEmpty() ? null
                : e.errors().get(0).field() + ": " + e.errors().get(0).message();
        Map<String, String> headers = e.headers().containsKey("Retry-After") ? Map.of("Retry-After", e.headers().get("Retry-After")) : Map.of();
        return new GhostError(e.status(), type, e.getMessage(), context, headers);
    }
}
