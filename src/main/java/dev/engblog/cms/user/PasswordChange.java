package dev.engblog.cms.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, proven by the current one. */
public record PasswordChange(@NotBlank @Size(max = 256) String currentPassword, @NotBlank String newPassword) {
}
