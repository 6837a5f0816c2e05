package dev.engblog.cms.author;

import dev.engblog.cms.common.api.Patterns;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An author's profile elsewhere: the network (github, mastodon, x, linkedin, ...) and the URL. */
public record SocialLink(@NotBlank @Size(max = 40) String network,
                         @NotBlank @Size(max = 2048) @Pattern(regexp = Patterns.HTTP_URL, message = Patterns.HTTP_URL_MESSAGE) String url) {
}
