package dev.engblog.cms.settings;

import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An account elsewhere: the network's name (github, mastodon, x, linkedin, ...) and the profile URL. */
public record SocialAccount(@NotBlank @Size(max = 40) String network,
                            @NotBlank @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url) {
}
