package dev.engblog.cms.preview;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A new preview link; without {@code expiresAt} it works for the configured default (7 days). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreviewLinkRequest(Instant expiresAt) {
}
