package dev.engblog.cms.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the reset mail and the new password. */
public record PasswordResetConfirm(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 256) String newPassword) {
}
