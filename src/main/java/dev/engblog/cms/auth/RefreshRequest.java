package dev.engblog.cms.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A refresh token, for /auth/refresh and /auth/logout. */
public record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
}
