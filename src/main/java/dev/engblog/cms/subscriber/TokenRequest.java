package dev.engblog.cms.subscriber;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A token from a newsletter mail. */
public record TokenRequest(@NotBlank @Size(max = 200) String token) {
}
