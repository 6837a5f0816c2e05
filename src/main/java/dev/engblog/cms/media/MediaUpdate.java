package dev.engblog.cms.media;

import jakarta.validation.constraints.Size;

/** What can change after an upload: the texts. The pixels never change (upload a new image instead). */
public record MediaUpdate(@Size(max = 500) String alt, @Size(max = 1000) String caption) {
}
