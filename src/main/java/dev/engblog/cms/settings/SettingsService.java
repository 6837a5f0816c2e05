package dev.engblog.cms.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.engblog.cms.common.api.MergePatch;
import dev.engblog.cms.common.api.SortKey;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.event.Audited;
import dev.engblog.cms.common.event.ContentChanged;
import dev.engblog.cms.common.http.IfMatch;
import dev.engblog.cms.common.security.Caller;
import dev.engblog.cms.common.security.Role;
import dev.engblog.cms.common.text.Emails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's settings: one row, read by anyone, changed by admins with If-Match. The first read creates
 * it from the CMS_SITE_* environment, which is therefore only the first start's default.
 */
@ApplicationScoped
public class SettingsService {

    private static final String COLUMNS = """
            title, description, logo_url, icon_url, accent_color, language, timezone, navigation::text as navigation,
            secondary_navigation::text as secondary_navigation, social_accounts::text as social_accounts, newsletter_name,
            newsletter_sender, updated_at, version""";
    private static final TypeReference<List<NavItem>> NAV = new TypeReference<>() {
    };
    private static final TypeReference<List<SocialAccount>> SOCIAL = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;
    private final MergePatch mergePatch;
    private final Event<Audited> audit;
    private final Event<ContentChanged> changes;
    /** The settings row's id in events (there is one row). */
    static final UUID ID = new UUID(0, 1);
    private final String defaultTitle;
    private final String defaultDescription;
    private final String defaultSender;

    public SettingsService(EntityManager em, ObjectMapper json, MergePatch mergePatch, Event<Audited> audit, Event<ContentChanged> changes,
                           @ConfigProperty(name = "cms.site.title", defaultValue = "Engineering Blog") String defaultTitle,
                           @ConfigProperty(name = "cms.site.description", defaultValue = "Deep dives from our engineering team.")
                           String defaultDescription,
                           @ConfigProperty(name = "quarkus.mailer.from", defaultValue = "newsletter@engblog.dev") String defaultSender) {
        this.em = em;
        this.json = json;
        this.mergePatch = mergePatch;
        this.audit = audit;
        this.changes = changes;
        this.defaultTitle = defaultTitle;
        this.defaultDescription = defaultDescription;
        this.defaultSender = defaultSender;
    }

    @Transactional
    public SettingsResponse get() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select " + COLUMNS + " from site_settings where id = 1", Tuple.class).getResultList();
        if (!rows.isEmpty()) {
            return response(rows.get(0));
        }
        em.createNativeQuery("""
                        insert into site_settings (id, title, description, newsletter_name, newsletter_sender, updated_at)
                        values (1, :title, :description, :title, :sender, now()) on conflict (id) do nothing""")
                .setParameter("title", defaultTitle).setParameter("description", defaultDescription)
                .setParameter("sender", defaultSender).executeUpdate();
        return response((Tuple) em.createNativeQuery("select " + COLUMNS + " from site_settings where id = 1", Tuple.class)
                .getSingleResult());
    }

    @Transactional
    public SettingsResponse patch(Caller caller, String ifMatch, JsonNode patch) {
        caller.require(Role.ADMIN);
        SettingsResponse before = get();
        IfMatch.check(ifMatch, before.version());
        SettingsUpdate u = mergePatch.apply(before.asUpdate(), patch, SettingsUpdate.class);
        try {
            ZoneId.of(u.timezone());
        } catch (DateTimeException e) {
            throw ApiException.invalid("timezone", "must be an IANA time zone such as Europe/Berlin or UTC");
        }
        String sender = u.newsletterSender() == null ? null : Emails.valid(u.newsletterSender(), "newsletterSender");
        int changed = em.createNativeQuery("""
                        update site_settings set title = :title, description = :description, logo_url = :logo, icon_url = :icon,
                               accent_color = :accent, language = :language, timezone = :timezone,
                               navigation = cast(:navigation as jsonb), secondary_navigation = cast(:secondary as jsonb),
                               social_accounts = cast(:social as jsonb), newsletter_name = :newsletterName,
                               newsletter_sender = :sender, updated_at = now(), version = version + 1
                         where id = 1 and version = :version""")
                .setParameter("title", u.title().strip()).setParameter("description", u.description())
                .setParameter("logo", u.logoUrl()).setParameter("icon", u.iconUrl()).setParameter("accent", u.accentColor())
                .setParameter("language", u.language()).setParameter("timezone", u.timezone())
                .setParameter("navigation", write(u.navigation())).setParameter("secondary", write(u.secondaryNavigation()))
                .setParameter("social", write(u.socialAccounts())).setParameter("newsletterName", u.newsletterName())
                .setParameter("sender", sender).setParameter("version", before.version()).executeUpdate();
        if (changed == 0) {
            throw ApiException.preconditionFailed();
        }
        SettingsResponse after = get();
        audit.fire(new Audited("settings.updated", "settings", "site", before, after));
        changes.fire(new ContentChanged("settings.updated", ID, after, before));
        return after;
    }

    private String write(List<?> items) {
        try {
            return json.writeValueAsString(items == null ? List.of() : items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SettingsResponse response(Tuple row) {
        try {
            return new SettingsResponse(row.get("title", String.class), row.get("description", String.class),
                    row.get("logo_url", String.class), row.get("icon_url", String.class), row.get("accent_color", String.class),
                    row.get("language", String.class), row.get("timezone", String.class),
                    json.readValue(row.get("navigation", String.class), NAV),
                    json.readValue(row.get("secondary_navigation", String.class), NAV),
                    json.readValue(row.get("social_accounts", String.class), SOCIAL),
                    row.get("newsletter_name", String.class), row.get("newsletter_sender", String.class),
                    SortKey.toInstant(row.get("updated_at")), ((Number) row.get("version")).longValue());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable settings", e);
        }
    }
}
