package dev.engblog.cms.user;

import dev.engblog.cms.common.security.Role;
import java.time.Instant;

/** A sent invitation: the link went to the address only. */
public record InvitationResponse(String email, Role role, Instant expiresAt) {
}
