package dev.engblog.cms.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Email and password; {@code newPassword} replaces a temporary password an admin set (required then,
 * ignored otherwise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LoginRequest(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 256) String password,
                           @Size(max = 256) String newPassword) {
}
