package dev.engblog.cms.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One navigation entry: a label and where it goes (an absolute http(s) URL or a path on the site). */
public record NavItem(@NotBlank @Size(max = 100) String label,
                      @NotBlank @Size(max = 2048) @Pattern(regexp = "(https?://|/)[^\\s<>\"]*", message = "must be an http(s) URL or a path starting with /")
                      String url) {
}
