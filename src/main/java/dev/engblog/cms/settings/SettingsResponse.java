package dev.engblog.cms.settings;

import dev.engblog.cms.common.http.Versioned;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * The site's own settings, as every frontend may read them.
 *
 * @param language         BCP 47 tag of the content's language
 * @param timezone         IANA zone in which the site shows dates
 * @param newsletterSender the address newsletter mail is sent from
 */
public record SettingsResponse(String title, @Nullable String description, @Nullable String logoUrl, @Nullable String iconUrl,
                               @Nullable String accentColor, String language, String timezone, List<NavItem> navigation,
                               List<NavItem> secondaryNavigation, List<SocialAccount> socialAccounts,
                               @Nullable String newsletterName, @Nullable String newsletterSender, Instant updatedAt,
                               long version) implements Versioned {

    SettingsUpdate asUpdate() {
        return new SettingsUpdate(title, description, logoUrl, iconUrl, accentColor, language, timezone, navigation,
                secondaryNavigation, socialAccounts, newsletterName, newsletterSender);
    }
}
