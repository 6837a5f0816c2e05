package dev.engblog.cms.subscriber;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A sign-up: an address, an optional name, and category slugs (none means every post). */
public record SubscribeRequest(
        @NotBlank @Size(max = 320) String email,
        @Size(max = 120) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 120) String> topics) {
}
