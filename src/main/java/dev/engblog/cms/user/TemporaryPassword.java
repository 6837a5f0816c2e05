package dev.engblog.cms.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A password an admin sets for someone; they must replace it when they next sign in. */
public record TemporaryPassword(@NotBlank @Size(max = 256) String password) {
}
