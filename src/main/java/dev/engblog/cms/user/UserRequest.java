package dev.engblog.cms.user;

import dev.engblog.cms.common.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new staff account, created by an admin. */
public record UserRequest(
        @NotBlank @Size(max = 320) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotBlank String password,
        UUID authorId) {
}
