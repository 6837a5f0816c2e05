package dev.engblog.cms.author;

import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.http.Versioned;
import dev.engblog.cms.media.MediaLinks;
import dev.engblog.cms.media.MediaRef;
import jakarta.annotation.Nullable;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An author's public profile with the number of published posts they wrote.
 *
 * @param avatar   the media-library image when one is set (with its sizes and placeholder)
 * @param initials the override when one is set, otherwise derived from the name (first letters of the first
 *                 and last words, or the first two letters of a single word), upper case
 * @param title    the role label shown with the name
 */
public record AuthorResponse(UUID id, String slug, String name, @Nullable String bio, @Nullable String avatarUrl,
                             @Nullable MediaRef avatar, @Nullable String websiteUrl,
                             String initials, @Nullable String title, @Nullable String location, List<SocialLink> socialLinks,
                             long postCount, long version) implements Versioned {

    static AuthorResponse from(Tuple row, MediaLinks media) {
        String name = row.get("name", String.class);
        String initials = row.get("initials", String.class);
        return new AuthorResponse(row.get("id", UUID.class), row.get("slug", String.class), name,
                row.get("bio", String.class), row.get("avatar_url", String.class), media.embed(row.get("avatar_json", String.class)),
                row.get("website_url", String.class),
                initials != null || name == null ? initials : initialsOf(name), row.get("title", String.class), row.get("location", String.class),
                AuthorRequest.links(row.get("social_links", String.class)),
                Fields.number(row, "post_count"), Fields.number(row, "version"));
    }

    static String initialsOf(String name) {
        String[] words = name.strip().split("[\\s\\-_.]+");
        StringBuilder letters = new StringBuilder();
        if (words.length == 1) {
            words[0].codePoints().filter(Character::isLetterOrDigit).limit(2).forEach(letters::appendCodePoint);
        } else {
            for (String word : new String[] {words[0], words[words.length - 1]}) {
                word.codePoints().filter(Character::isLetterOrDigit).findFirst().ifPresent(letters::appendCodePoint);
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT);
    }
}
