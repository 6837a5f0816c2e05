package dev.engblog.cms.user;

import dev.engblog.cms.common.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What an admin may change on an account (as a JSON merge patch). */
public record UserUpdate(
        @NotBlank @Size(max = 320) String email,
        @NotBlank @Size(max = 120) String displayName,
        @NotNull Role role,
        @NotNull Boolean disabled,
        UUID authorId) {

    static UserUpdate of(User u) {
        return new UserUpdate(u.email, u.displayName, u.role, u.disabled, u.authorId);
    }
}
