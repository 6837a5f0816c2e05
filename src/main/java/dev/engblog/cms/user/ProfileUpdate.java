package dev.engblog.cms.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What users change on their own account (as a JSON merge patch): never their role or status. */
public record ProfileUpdate(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 120) String displayName) {

    static ProfileUpdate of(User u) {
        return new ProfileUpdate(u.email, u.displayName);
    }
}
