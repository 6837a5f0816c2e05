package dev.engblog.cms.user;

import dev.engblog.cms.common.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Who to invite, as what; the display name is a suggestion the person may change when accepting. */
public record InvitationRequest(@NotBlank @Size(max = 320) String email, @NotNull Role role, @Size(max = 120) String displayName) {
}
