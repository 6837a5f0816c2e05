package dev.engblog.cms.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address of the account whose password is forgotten. */
public record PasswordResetRequest(@NotBlank @Size(max = 320) String email) {
}
