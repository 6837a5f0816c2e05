package dev.engblog.cms.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.engblog.cms.auth.Bootstrap;
import dev.engblog.cms.testsupport.Db;
import dev.engblog.sdk.ApiClient;
import dev.engblog.sdk.ApiException;
import dev.engblog.sdk.api.AuthApi;
import dev.engblog.sdk.api.CategoriesApi;
import dev.engblog.sdk.api.PostsApi;
import dev.engblog.sdk.model.LoginRequest;
import dev.engblog.sdk.model.PagePostSummary;
import dev.engblog.sdk.model.PostPatch;
import dev.engblog.sdk.model.PostRequest;
import dev.engblog.sdk.model.PostResponse;
import dev.engblog.sdk.model.PostStatus;
import dev.engblog.sdk.model.PostSummary;
import dev.engblog.sdk.model.Problem;
import dev.engblog.sdk.model.TermRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Java SDK that openapi-generator makes from openapi.yaml (at build time, into
 * target/generated-sdk), driving the running application the way an integration would.
 */
@QuarkusTest
class GeneratedSdkTest {

    @TestHTTPResource("/")
    URL base;
    @Inject
    Db db;
    @Inject
    Bootstrap bootstrap;

    @Test
    void integratesThroughTheGeneratedClient() throws Exception {
        db.truncateAll();
        bootstrap.createFirstAdmin(Optional.of("sdk@example.com"), Optional.of("Generated-Client-Secret-1"));
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));

        String token = new AuthApi(client).createToken(new LoginRequest().email("sdk@example.com").password("Generated-Client-Secret-1"))
                .getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        new CategoriesApi(client).createCategory(new TermRequest().name("Platform Engineering"));
        PostsApi posts = new PostsApi(client);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            PostResponse draft = posts.createPost(new PostRequest().title("SDK post " + i).category("platform-engineering")
                    .tags(List.of("sdk")).bodyMarkdown("Generated clients **work**."));
            assertEquals(PostStatus.DRAFT, draft.getStatus());
            PostResponse published = posts.patchPost(draft.getId().toString(), new PostPatch().status(PostStatus.PUBLISHED),
                    "W/\"v" + draft.getVersion() + "\"");
            assertNotNull(published.getPublishedAt());
            created.add(published.getSlug());
        }

        List<String> walked = new ArrayList<>();
        PagePostSummary page = posts.listPosts(null, 2, null, null, "platform-engineering", List.of("sdk", "other"), null, null,
                null, null, null, null, null);
        assertEquals(5L, page.getMeta().getTotalItems());
        walked.addAll(page.getData().stream().map(PostSummary::getSlug).toList());
        while (page.getMeta().getNextCursor() != null) {
            page = posts.listPosts(null, 2, null, page.getMeta().getNextCursor(), "platform-engineering", List.of("sdk", "other"),
                    null, null, null, null, null, null, null);
            assertNull(page.getMeta().getTotalItems());
            walked.addAll(page.getData().stream().map(PostSummary::getSlug).toList());
        }
        assertEquals(5, walked.size());
        assertTrue(walked.containsAll(created));

        PostResponse bySlug = posts.getPostBySlug(created.get(0), null);
        assertEquals("<p>Generated clients <strong>work</strong>.</p>\n", bySlug.getBodyHtml());
        assertEquals("platform-engineering", bySlug.getCategory().getSlug());

        ApiException clash = assertThrows(ApiException.class,
                () -> posts.createPost(new PostRequest().title("Clash").slug(created.get(0))));
        assertEquals(409, clash.getCode());
        Problem problem = client.getObjectMapper().readValue(clash.getResponseBody(), Problem.class);
        assertEquals(409, problem.getStatus());
        assertEquals("slug", problem.getErrors().get(0).getField());
    }
}
