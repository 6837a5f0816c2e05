package dev.engblog.cms.settings;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The settings as a merge patch leaves them, validated before they are stored. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingsUpdate(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 1000) String description,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String logoUrl,
        @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String iconUrl,
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "must be a hex colour such as #1a73e8") String accentColor,
        @NotBlank @Pattern(regexp = "[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*", message = "must be a language tag such as en or pt-BR") String language,
        @NotBlank @Size(max = 64) String timezone,
        @Size(max = 50) List<@Valid NavItem> navigation,
        @Size(max = 50) List<@Valid NavItem> secondaryNavigation,
        @Size(max = 30) List<@Valid SocialAccount> socialAccounts,
        @Size(max = 200) String newsletterName,
        @Size(max = 320) String newsletterSender) {
}
