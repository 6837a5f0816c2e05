package dev.engblog.cms.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from the invitation mail, the person's own password and (optionally) their name. */
public record InvitationAccept(@NotBlank @Size(max = 100) String token, @NotBlank @Size(max = 256) String password,
                               @Size(max = 120) String displayName) {
}
