package dev.engblog.cms.subscriber;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What an admin may change on a subscriber (as a JSON merge patch). */
public record SubscriberUpdate(
        @Size(max = 120) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 120) String> topics) {
}
