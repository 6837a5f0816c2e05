package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.auth.Bootstrap;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.sdk.ApiClient;
import dev.engblog.sdk.ApiException;
import dev.engblog.sdk.api.ApiKeysApi;
import dev.engblog.sdk.api.AuditApi;
import dev.engblog.sdk.api.AuthApi;
import dev.engblog.sdk.api.AuthorsApi;
import dev.engblog.sdk.api.CategoriesApi;
import dev.engblog.sdk.api.FeedsApi;
import dev.engblog.sdk.api.MediaApi;
import dev.engblog.sdk.api.PostsApi;
import dev.engblog.sdk.api.PreviewLinksApi;
import dev.engblog.sdk.api.RedirectsApi;
import dev.engblog.sdk.api.RevisionsApi;
import dev.engblog.sdk.api.SettingsApi;
import dev.engblog.sdk.api.SubscribersApi;
import dev.engblog.sdk.api.TagsApi;
import dev.engblog.sdk.api.UsersApi;
import dev.engblog.sdk.api.WebhooksApi;
import dev.engblog.sdk.model.ApiKeyKind;
import dev.engblog.sdk.model.ApiKeyRequest;
import dev.engblog.sdk.model.ApiKeyResponse;
import dev.engblog.sdk.model.AuthorPatch;
import dev.engblog.sdk.model.AuthorRequest;
import dev.engblog.sdk.model.AuthorResponse;
import dev.engblog.sdk.model.InvitationRequest;
import dev.engblog.sdk.model.JsonFeed;
import dev.engblog.sdk.model.LoginRequest;
import dev.engblog.sdk.model.NavItemInput;
import dev.engblog.sdk.model.PageAuditEntry;
import dev.engblog.sdk.model.MediaPatch;
import dev.engblog.sdk.model.MediaResponse;
import dev.engblog.sdk.model.PagePostSummary;
import dev.engblog.sdk.model.PasswordResetRequest;
import dev.engblog.sdk.model.PostPatch;
import dev.engblog.sdk.model.PostRequest;
import dev.engblog.sdk.model.PostResponse;
import dev.engblog.sdk.model.PostStatus;
import dev.engblog.sdk.model.PostSummary;
import dev.engblog.sdk.model.PreviewLinkCreated;
import dev.engblog.sdk.model.PreviewLinkRequest;
import dev.engblog.sdk.model.Redirect;
import dev.engblog.sdk.model.RevisionDiff;
import dev.engblog.sdk.model.SettingsPatch;
import dev.engblog.sdk.model.SettingsResponse;
import dev.engblog.sdk.model.Problem;
import dev.engblog.sdk.model.ProfilePatch;
import dev.engblog.sdk.model.RefreshRequest;
import dev.engblog.sdk.model.Role;
import dev.engblog.sdk.model.SubscribeRequest;
import dev.engblog.sdk.model.SubscriberPatch;
import dev.engblog.sdk.model.SubscriberResponse;
import dev.engblog.sdk.model.TagResponse;
import dev.engblog.sdk.model.TermPatch;
import dev.engblog.sdk.model.TermRequest;
import dev.engblog.sdk.model.TokenResponse;
import dev.engblog.sdk.model.UserRequest;
import dev.engblog.sdk.model.UserResponse;
import dev.engblog.sdk.model.UserUpdate;
import dev.engblog.sdk.model.WebhookPatch;
import dev.engblog.sdk.model.WebhookRequest;
import dev.engblog.sdk.model.WebhookResponse;
import dev.engblog.cms.media.TestImages;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK that openapi-generator makes from openapi.yaml (at build time, into
 * target/generated-sdk), driving the running application the way an integration would: every tag of
 * the document (posts, categories, tags, authors, users, subscribers with the CSV export, feeds,
 * webhooks, auth, media with a multipart upload). The SDK's models are strict about the document's types, so a drift fails here.
 */
@QuarkusTest
class GeneratedSdkTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    Db db;
    @Inject
    Bootstrap bootstrap;

    ApiClient client;
    TokenResponse login;

    @BeforeEach
    void signIn() throws Exception {
        db.truncateAll();
        bootstrap.createFirstAdmin(Optional.of("sdk@example.com"), Optional.of("Generated-Client-Secret-1"));
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        login = new AuthApi(client).createToken(new LoginRequest().email("sdk@example.com").password("Generated-Client-Secret-1"));
        String token = login.getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
    }

    @Test
    void managesApiKeysThroughTheGeneratedClient() throws Exception {
        ApiKeysApi keys = new ApiKeysApi(client);
        ApiKeyResponse key = keys.createApiKey(new ApiKeyRequest().name("Static site build").kind(ApiKeyKind.CONTENT));
        assertTrue(key.getSecret().matches("[0-9a-f]{26}"), key.getSecret());
        assertNull(keys.getApiKey(key.getId().toString(), null).getSecret(), "the secret is shown once");
        assertNotEquals(key.getSecret(), keys.rotateApiKey(key.getId().toString()).getSecret());
        keys.revokeApiKey(key.getId().toString());
        assertNotNull(keys.listApiKeys(null).getData().get(0).getRevokedAt());
    }

    static String version(long v) {
        return "W/\"v" + v + "\"";
    }

    @Test
    void integratesThroughTheGeneratedClient() throws Exception {

        new CategoriesApi(client).createCategory(new TermRequest().name("Platform Engineering"));
        PostsApi posts = new PostsApi(client);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PostResponse draft = posts.createPost(new PostRequest().title("SDK post " + i).category("platform-engineering")
                    .tags(List.of("sdk")).bodyMarkdown("Generated clients **work**."));
            assertEquals(PostStatus.DRAFT, draft.getStatus());
            PostResponse published = posts.patchPost(draft.getId().toString(), new PostPatch().status(PostStatus.PUBLISHED),
                    version(draft.getVersion()));
            assertNotNull(published.getPublishedAt());
            created.add(published.getSlug());
        }

        List<String> walked = new ArrayList<>();
        PagePostSummary page = posts.listPosts(null, 2, null, null, "platform-engineering", List.of("sdk", "other"), null, null, null,
                null, null, null, null, null, null, null);
        assertEquals(5L, page.getMeta().getTotalItems());
        walked.addAll(page.getData().stream().map(PostSummary::getSlug).toList());
        while (page.getMeta().getNextCursor() != null) {
            page = posts.listPosts(null, 2, null, page.getMeta().getNextCursor(), "platform-engineering", List.of("sdk", "other"),
                    null, null, null, null, null, null, null, null, null, null);
            assertNull(page.getMeta().getTotalItems());
            walked.addAll(page.getData().stream().map(PostSummary::getSlug).toList());
        }
        assertEquals(5, walked.size());
        assertTrue(walked.containsAll(created));

        PostResponse bySlug = posts.getPostBySlug(created.get(0), null, null, null);
        assertEquals("<p>Generated clients <strong>work</strong>.</p>\n", bySlug.getBodyHtml());
        assertEquals("platform-engineering", bySlug.getCategory().getSlug());

        ApiException clash = assertThrows(ApiException.class,
                () -> posts.createPost(new PostRequest().title("Clash").slug(created.get(0))));
        assertEquals(409, clash.getCode());
        Problem problem = client.getObjectMapper().readValue(clash.getResponseBody(), Problem.class);
        assertEquals(409, problem.getStatus());
        assertEquals("slug", problem.getErrors().get(0).getField());
    }

    @Test
    void uploadsAnImageAndUsesItAsACover() throws Exception {
        MediaApi media = new MediaApi(client);
        Path file = Files.createTempFile("sdk-upload", ".jpg");
        try {
            Files.write(file, TestImages.jpeg(900, 600));
            MediaResponse uploaded = media.createMedia(file.toFile(), "A chart of query times", "Query times, week 1");
            assertEquals(900, uploaded.getWidth());
            assertEquals("image/jpeg", uploaded.getMimeType());
            assertNotNull(uploaded.getSizes().getW600());
            assertNull(uploaded.getSizes().getW1000(), "no size wider than the original");
            assertEquals("Query times, week 1", uploaded.getCaption());

            PostsApi posts = new PostsApi(client);
            PostResponse post = posts.createPost(new PostRequest().title("With a picture").coverImage(uploaded.getId()));
            assertEquals(uploaded.getUrl(), post.getCoverImage().getUrl());
            assertEquals(uploaded.getPlaceholder(), post.getCoverImage().getPlaceholder());

            MediaResponse captioned = media.patchMedia(uploaded.getId().toString(), new MediaPatch().caption("Before and after"),
                    version(uploaded.getVersion()));
            assertEquals("Before and after", captioned.getCaption());
            assertEquals(1, media.listMedia(null, null, null, null, "image/jpeg", "chart", null).getData().size());
            File small = media.getMediaFile("w300.jpg", uploaded.getSha256(), null);
            assertEquals(300, ImageIO.read(small).getWidth());

            assertEquals(409, assertThrows(ApiException.class, () -> media.deleteMedia(uploaded.getId().toString(), null)).getCode());
            posts.deletePost(post.getId().toString(), null);
            media.deleteMedia(uploaded.getId().toString(), null);
            assertEquals(404, assertThrows(ApiException.class, () -> media.getMedia(uploaded.getId().toString(), null)).getCode());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void coversTagsAuthorsAndFeeds() throws Exception {
        TagsApi tags = new TagsApi(client);
        TagResponse tag = tags.createTag(new TermRequest().name("Observability"));
        assertNull(tag.getDescription(), "a tag without a description says null");
        TagResponse described = tags.patchTag(tag.getId().toString(), new TermPatch().description("Logs, metrics, traces"),
                version(tag.getVersion()));
        assertEquals("Logs, metrics, traces", tags.getTagBySlug("observability", null, null).getDescription());
        assertEquals(1, tags.listTags(null, null, "name", null, null, null, null).getData().size());

        AuthorsApi authors = new AuthorsApi(client);
        AuthorResponse ada = authors.createAuthor(new AuthorRequest().name("Ada Lovelace").bio("Notes on the engine.")
                .websiteUrl("https://ada.example.com"));
        AuthorResponse patched = authors.patchAuthor(ada.getId().toString(), new AuthorPatch().bio("Analytical notes."),
                version(ada.getVersion()));
        assertEquals("https://ada.example.com", patched.getWebsiteUrl());
        AuthorResponse replaced = authors.replaceAuthor(ada.getId().toString(), new AuthorRequest().name("Ada Lovelace"),
                version(patched.getVersion()));
        assertNull(replaced.getWebsiteUrl(), "PUT replaces: an absent field is gone");
        assertNull(replaced.getAvatarUrl());
        assertEquals("ada-lovelace", authors.getAuthorBySlug("ada-lovelace", null, null).getSlug());

        PostsApi posts = new PostsApi(client);
        PostResponse post = posts.createPost(new PostRequest().title("Tracing a slow query").tags(List.of("observability"))
                .authors(List.of("ada-lovelace")).status(PostStatus.PUBLISHED).bodyMarkdown("Start from the **trace**."));
        assertNull(post.getCategory());
        assertNull(post.getCoverImageUrl());
        assertNotNull(post.getSeo(), "seo is always an object; its fields may be null");
        assertNull(post.getSeo().getMetaTitle());
        assertEquals(1L, tags.getTag(described.getId().toString(), null, null).getPostCount());

        FeedsApi feeds = new FeedsApi(client);
        JsonFeed json = feeds.getJsonFeed(null, List.of("observability"), "ada-lovelace", null);
        assertEquals("Tracing a slow query", json.getItems().get(0).getTitle());
        assertEquals("Ada Lovelace", json.getItems().get(0).getAuthors().get(0).getName());
        assertTrue(feeds.getRssFeed(null, List.of("observability"), null, null).contains("<title>Tracing a slow query</title>"));
        assertTrue(feeds.getAtomFeed(null, null, "ada-lovelace", null).contains("Tracing a slow query"));
        assertTrue(feeds.getSitemap(null).contains("/posts/" + post.getSlug()));
        assertEquals(0, feeds.getJsonFeed(null, List.of("no-such-tag"), null, null).getItems().size());

        ApiException inUse = assertThrows(ApiException.class, () -> authors.deleteAuthor(ada.getId().toString(), null));
        assertEquals(409, inUse.getCode());
        posts.deletePost(post.getId().toString(), null);
        authors.deleteAuthor(ada.getId().toString(), null);
        tags.deleteTag(tag.getId().toString(), null);
        assertEquals(404, assertThrows(ApiException.class, () -> tags.getTag(tag.getId().toString(), null, null)).getCode());
    }

    @Test
    void coversUsersSubscribersWithTheCsvExportAndWebhooks() throws Exception {
        UsersApi users = new UsersApi(client);
        UserResponse me = users.getMe(null);
        assertEquals(Role.ADMIN, me.getRole());
        UserResponse renamed = users.updateMe(new ProfilePatch().displayName("SDK Admin"), version(me.getVersion()));
        assertEquals("SDK Admin", renamed.getDisplayName());
        UserResponse editor = users.createUser(new UserRequest().email("editor@example.com").displayName("Ed")
                .role(Role.EDITOR).password("Editor-Password-Words-9"));
        assertNotNull(editor.getAuthorId(), "a new writer gets an author profile of their own");
        UserResponse author = users.replaceUser(editor.getId().toString(), new UserUpdate().email("editor@example.com")
                .displayName("Ed Itor").role(Role.AUTHOR).disabled(false), version(editor.getVersion()));
        assertEquals(Role.AUTHOR, author.getRole());
        assertEquals(1L, users.listUsers(null, null, null, null, "AUTHOR", null, null).getMeta().getTotalItems());
        users.deleteUser(author.getId().toString(), null);

        new CategoriesApi(client).createCategory(new TermRequest().name("Backend"));
        SubscribersApi subscribers = new SubscribersApi(client);
        assertEquals("ACCEPTED", subscribers.subscribe(new SubscribeRequest().email("reader@example.com").topics(List.of("backend")))
                .getStatus());
        SubscriberResponse reader = subscribers.listSubscribers(null, null, null, null, "PENDING", "backend", null, null).getData().get(0);
        assertNull(reader.getName());
        assertNull(reader.getConfirmedAt(), "not confirmed yet");
        SubscriberResponse named = subscribers.updateSubscriber(reader.getId().toString(), new SubscriberPatch().name("Reader"),
                version(reader.getVersion()));
        assertEquals(List.of("backend"), named.getTopics());
        Map<String, Long> counts = subscribers.countSubscribers(null);
        assertEquals(1L, counts.get("PENDING"));
        String csv = subscribers.exportSubscribers();
        assertTrue(csv.startsWith("id,"), csv);
        assertTrue(csv.contains("reader@example.com"), csv);
        subscribers.deleteSubscriber(reader.getId().toString(), null);
        assertFalse(subscribers.exportSubscribers().contains("reader@example.com"));

        WebhooksApi webhooks = new WebhooksApi(client);
        WebhookResponse hook = webhooks.createWebhook(new WebhookRequest().name("Indexer").url("http://127.0.0.1:9999/hook")
                .events(List.of("post.*")));
        assertTrue(hook.getSecret().startsWith("whsec_"));
        WebhookResponse read = webhooks.getWebhook(hook.getId().toString(), null);
        assertNull(read.getSecret(), "the secret is shown once");
        WebhookResponse paused = webhooks.updateWebhook(hook.getId().toString(), new WebhookPatch().active(false), version(read.getVersion()));
        WebhookResponse replaced = webhooks.replaceWebhook(hook.getId().toString(), new WebhookRequest().name("Search")
                .url("http://127.0.0.1:9999/search").events(List.of("tag.created")), version(paused.getVersion()));
        assertTrue(replaced.getActive(), "PUT replaces: absent active means active");
        assertNotEquals(hook.getSecret(), webhooks.rotateWebhookSecret(hook.getId().toString()).getSecret());
        assertEquals(1, webhooks.listWebhooks(null).getData().size());
        assertEquals(0L, webhooks.listWebhookDeliveries(hook.getId().toString(), null).getMeta().getTotalItems());
        webhooks.deleteWebhook(hook.getId().toString(), null);

        AuthApi auth = new AuthApi(client);
        TokenResponse rotated = auth.refreshToken(new RefreshRequest().refreshToken(login.getRefreshToken()));
        assertEquals("Bearer", rotated.getTokenType());
        auth.logout(new RefreshRequest().refreshToken(rotated.getRefreshToken()));
        ApiException ended = assertThrows(ApiException.class,
                () -> auth.refreshToken(new RefreshRequest().refreshToken(rotated.getRefreshToken())));
        assertEquals(401, ended.getCode());
    }

    /** The tags of issue 16: revisions, redirects, preview links, the audit log, settings, and the account mails. */
    @Test
    void coversRevisionsRedirectsPreviewsAuditAndSettings() throws Exception {
        PostsApi posts = new PostsApi(client);
        PostResponse draft = posts.createPost(new PostRequest().title("Safety nets").slug("safety-nets").bodyMarkdown("one"));
        String id = draft.getId().toString();
        PostResponse published = posts.patchPost(id, new PostPatch().status(PostStatus.PUBLISHED).bodyMarkdown("two"),
                version(draft.getVersion()));
        PostResponse renamed = posts.patchPost(id, new PostPatch().slug("safety-nets-moved"), version(published.getVersion()));

        RevisionsApi revisions = new RevisionsApi(client);
        assertEquals(2, revisions.listPostRevisions(id, null, null, null, null, null).getData().size());
        assertEquals("one", revisions.getPostRevision(id, "1", null).getContent().getBodyMarkdown());
        RevisionDiff diff = revisions.diffPostRevisions("1", id, "2", null);
        assertTrue(diff.getUnified().contains("-one\n+two"), diff.getUnified());
        assertEquals("one", revisions.restorePostRevision(id, "1", version(renamed.getVersion())).getBodyMarkdown());

        Redirect move = new RedirectsApi(client).listRedirects(null, null, null, null, "post", null).getData().get(0);
        assertEquals("safety-nets", move.getFrom());
        assertEquals("safety-nets-moved", move.getTo());
        assertEquals(301, assertThrows(ApiException.class, () -> posts.getPostBySlug("safety-nets", null, null, null)).getCode());

        PreviewLinksApi previews = new PreviewLinksApi(client);
        PreviewLinkCreated link = previews.createPreviewLink(id, new PreviewLinkRequest());
        assertEquals("Safety nets", previews.getPreview(link.getToken(), null).getTitle());
        assertEquals(1, previews.listPreviewLinks(id, null).getData().size());
        previews.revokePreviewLink(id, link.getId().toString());
        assertEquals(404, assertThrows(ApiException.class, () -> previews.getPreview(link.getToken(), null)).getCode());

        PageAuditEntry audit = new AuditApi(client).listAudit(null, null, "at", null, null, "post.*", "post", id, null, null, null);
        assertEquals(List.of("post.added", "post.updated", "post.updated", "post.updated"),
                audit.getData().stream().map(e -> e.getAction()).toList());

        SettingsApi settings = new SettingsApi(client);
        SettingsResponse before = settings.getSettings(null);
        SettingsResponse after = settings.patchSettings(new SettingsPatch().title("SDK Blog")
                .navigation(List.of(new NavItemInput().label("Home").url("/"))), version(before.getVersion()));
        assertEquals("SDK Blog", after.getTitle());
        assertEquals("Home", after.getNavigation().get(0).getLabel());

        assertNotNull(new AuthApi(client).requestPasswordReset(new PasswordResetRequest().email("nobody@example.com")).getMessage());
        assertEquals(Role.EDITOR, new UsersApi(client).inviteUser(new InvitationRequest().email("invitee@example.com").role(Role.EDITOR))
                .getRole());
    }
}
