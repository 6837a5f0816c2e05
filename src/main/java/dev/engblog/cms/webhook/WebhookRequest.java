package dev.engblog.cms.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A webhook as an admin writes it; the signing secret is generated, never sent. */
public record WebhookRequest(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 2048) String url,
        @NotEmpty @Size(max = 20) List<@NotBlank @Pattern(regexp = Webhooks.EVENT_PATTERN,
                message = "must be an event such as post.published or a family such as category.*") String> events,
        Boolean active) {
}
