package dev.engblog.cms.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Email and password. */
public record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 256) String password) {
}
