package dev.engblog.cms.api;

import dev.engblog.cms.apikey.ApiKeyService;
import dev.engblog.cms.audit.AuditService;
import dev.engblog.cms.author.AuthorService;
import dev.engblog.cms.category.CategoryService;
import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.common.http.SparseAnswers;
import dev.engblog.cms.feed.FeedService;
import dev.engblog.cms.media.MediaService;
import dev.engblog.cms.post.PostService;
import dev.engblog.cms.preview.PreviewService;
import dev.engblog.cms.redirect.RedirectService;
import dev.engblog.cms.revision.RevisionService;
import dev.engblog.cms.subscriber.SubscriberService;
import dev.engblog.cms.tag.TagService;
import dev.engblog.cms.user.UserService;
import dev.engblog.cms.webhook.WebhookService;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

/**
 * Completes the generated document from the code's own facts, so resources stay short and the
 * document stays exact (every API test validates its traffic against it):
 * <ul>
 * <li>the success status of each operation from its Java method: {@code void} is 204, {@code @ResponseStatus}
 * names its status, a {@code create…} returning {@code RestResponse} is 201 with {@code Location}, anything else 200;</li>
 * <li>nullability and {@code required} of every response record from its components: a component is always
 * present unless {@code @JsonInclude(NON_NULL)} leaves it out, and may be null only when it is
 * {@code @jakarta.annotation.Nullable} ({@code type: [T, "null"]});</li>
 * <li>list parameters from each listing's {@link ListSpec}; every error as the Problem schema, with the
 * headers it carries ({@code WWW-Authenticate}, {@code Retry-After}, {@code RateLimit-*});
 * {@code ETag} on 200/201, 304 on conditional reads, {@code If-Match} and 412 on writes.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocs implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM = SCHEMAS + "Problem";
    private static final String JSON = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    private static final DotName RESPONSE_STATUS = DotName.createSimple("org.jboss.resteasy.reactive.ResponseStatus");
    private static final DotName REST_RESPONSE = DotName.createSimple("org.jboss.resteasy.reactive.RestResponse");
    private static final DotName NULLABLE = DotName.createSimple("jakarta.annotation.Nullable");
    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");

    /** The listing behind each list operation (and the filters each feed accepts). */
    private static final Map<String, ListSpec> LISTINGS = Map.ofEntries(
            Map.entry("listPosts", PostService.STAFF_LIST),
            Map.entry("listApiKeys", ApiKeyService.LIST),
            Map.entry("listCategories", CategoryService.LIST),
            Map.entry("listTags", TagService.LIST),
            Map.entry("listAuthors", AuthorService.LIST),
            Map.entry("listUsers", UserService.LIST),
            Map.entry("listSubscribers", SubscriberService.LIST),
            Map.entry("listWebhooks", WebhookService.LIST),
            Map.entry("listMedia", MediaService.LIST),
            Map.entry("listWebhookDeliveries", WebhookService.DELIVERIES),
            Map.entry("listPostRevisions", RevisionService.LIST),
            Map.entry("listRedirects", RedirectService.LIST),
            Map.entry("listPreviewLinks", PreviewService.LIST),
            Map.entry("listAudit", AuditService.LIST),
            Map.entry("getRssFeed", FeedService.FEED_FILTERS),
            Map.entry("getAtomFeed", FeedService.FEED_FILTERS),
            Map.entry("getJsonFeed", FeedService.FEED_FILTERS));

    /** Operations whose answers {@code fields} narrows (and, on lists, {@code include} extends), with the properties each knows. */
    private static final Map<String, Fields> SPARSE = new HashMap<>();

    static {
        sparse("Posts", "Post", PostService.LIST_FIELDS, PostService.READ_FIELDS);
        sparse("Categories", "Category", CategoryService.FIELDS, CategoryService.FIELDS);
        sparse("Tags", "Tag", TagService.FIELDS, TagService.FIELDS);
        sparse("Authors", "Author", AuthorService.FIELDS, AuthorService.FIELDS);
    }

    /** A resource's list, read by id and read by slug ({@code listTags}, {@code getTag}, {@code getTagBySlug}). */
    private static void sparse(String plural, String singular, Fields list, Fields one) {
        SPARSE.put("list" + plural, list);
        SPARSE.put("get" + singular, one);
        SPARSE.put("get" + singular + "BySlug", one);
    }

    /** Reads that answer anyone, and show staff more when a token is sent (a bad token is a 401). */
    private static final Set<String> OPTIONAL_TOKEN = Set.of("listPosts", "getPost", "getPostBySlug");

    /** Public operations that answer 401 themselves: a wrong password, an unknown or used refresh token. */
    private static final Set<String> CREDENTIALS = Set.of("createToken", "refreshToken");

    /** Public operations that look up a token from a mail: an unknown or expired one is a 404. */
    private static final Set<String> MAIL_TOKENS = Set.of("confirmSubscription", "unsubscribe", "unsubscribeOneClick");

    /** Operations behind a rate limit (RateLimiter): 429 with Retry-After, RateLimit-* on their answers. */
    private static final Set<String> RATE_LIMITED = Set.of("createToken", "refreshToken", "subscribe", "requestPasswordReset");

    /** Slug reads that answer a retired slug with 301 to the item's current slug (redirect/). */
    private static final Set<String> REDIRECTING = Set.of("getPostBySlug", "getCategoryBySlug", "getTagBySlug", "getAuthorBySlug");

    /** Operations that take a file (multipart): their own size limit, type checks by content, and a bounded queue. */
    private static final Set<String> UPLOADS = Set.of("createMedia");

    /** The operations whose service can refuse with 409, and why. */
    private static final Map<String, String> CONFLICTS = new HashMap<>();

    static {
        for (String op : List.of("createPost", "replacePost", "patchPost")) {
            CONFLICTS.put(op, "The slug is taken by another post; `errors` names `slug`.");
        }
        for (String kind : List.of("Category", "Tag", "Author")) {
            for (String verb : List.of("create", "replace", "patch")) {
                CONFLICTS.put(verb + kind, "The slug is taken; `errors` names `slug`.");
            }
        }
        CONFLICTS.put("deleteCategory", "Posts are filed under the category; move them first.");
        CONFLICTS.put("deleteAuthor", "The author is named on posts; reassign them first.");
        CONFLICTS.put("deleteMedia", "A post (cover image) or author (avatar) uses the image; the detail names them.");
        for (String op : List.of("createUser", "updateUser", "replaceUser")) {
            CONFLICTS.put(op, "Another account uses the email, or already writes as the author.");
        }
        CONFLICTS.put("updateMe", "Another account uses this email.");
        CONFLICTS.put("inviteUser", "An account already uses this email.");
        CONFLICTS.put("acceptInvitation", "An account already uses the invited email.");
        CONFLICTS.put("deleteUser", "You cannot delete yourself, nor the last active admin.");
        CONFLICTS.put("rotateApiKey", "The key is revoked; create a new one.");
    }

    /** What each filter means, and its type. */
    private static final Map<String, String[]> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("category", new String[] {"Category slug; an unknown slug gives an empty page.", "string", null});
        FILTERS.put("tag", new String[] {"Tag slug; repeat it to match posts with any of the tags.", "string", null});
        FILTERS.put("author", new String[] {"Author slug.", "string", null});
        FILTERS.put("featured", new String[] {"Only featured (true) or only other (false) posts.", "boolean", null});
        FILTERS.put("status", new String[] {"Workflow status. Anonymous callers still see published posts only.", "string", null});
        FILTERS.put("publishedAfter", new String[] {"Published at or after this instant (or date, read as midnight UTC).", "string", null});
        FILTERS.put("publishedBefore", new String[] {"Published before this instant (or date, read as midnight UTC).", "string", null});
        FILTERS.put("role", new String[] {"Staff role: CONTRIBUTOR, AUTHOR, EDITOR or ADMIN.", "string", null});
        FILTERS.put("disabled", new String[] {"Only disabled (true) or only active (false) accounts.", "boolean", null});
        FILTERS.put("kind", new String[] {"What the retired slug named: post, category, tag or author.", "string", null});
        FILTERS.put("actor", new String[] {"The acting account's user id.", "string", "uuid"});
        FILTERS.put("action", new String[] {"Action, e.g. post.updated; a family such as user.* matches its prefix.", "string", null});
        FILTERS.put("targetType", new String[] {"What was acted on: post, category, tag, author, user, webhook, subscriber, account, ...", "string", null});
        FILTERS.put("targetId", new String[] {"The target's id.", "string", null});
        FILTERS.put("since", new String[] {"At or after this instant (or date, read as midnight UTC).", "string", null});
        FILTERS.put("until", new String[] {"Before this instant (or date, read as midnight UTC).", "string", null});
        FILTERS.put("topic", new String[] {"Subscribers following this category slug.", "string", null});
        FILTERS.put("mimeType", new String[] {"Stored type: image/jpeg or image/png.", "string", null});
        FILTERS.put("q", new String[] {"Full-text search (web search syntax: \"quoted phrase\", -exclude, or). "
                + "Without sort, best match first.", "string", null});
    }

    /** Schemas this filter writes itself. */
    private static final Set<String> OWN_SCHEMAS = Set.of("Problem", "FieldError");

    private final Map<String, MethodInfo> methods = new HashMap<>();
    /** The schemas of answers {@code fields} cut down, written last: the full shape's name → the cut one's. */
    private final Map<String, String> cuts = new LinkedHashMap<>();
    private final Map<String, ClassInfo> records = new HashMap<>();
    /** Request twins of shared records ({@code SeoInput}) and the record they copy. */
    private final Map<String, String> aliases = new HashMap<>();

    public OpenApiDocs(IndexView index) {
        for (AnnotationInstance op : index.getAnnotations(OPERATION)) {
            AnnotationValue id = op.value("operationId");
            if (id != null && op.target().kind() == AnnotationTarget.Kind.METHOD) {
                methods.put(id.asString(), op.target().asMethod());
            }
        }
        // The records the API reads and writes: those in resource signatures and, transitively, in their components.
        Set<String> ambiguous = new HashSet<>();
        Set<DotName> seen = new HashSet<>();
        Deque<Type> todo = new ArrayDeque<>();
        methods.values().forEach(m -> {
            todo.add(m.returnType());
            todo.addAll(m.parameterTypes());
        });
        while (!todo.isEmpty()) {
            Type type = todo.pop();
            switch (type.kind()) {
                case PARAMETERIZED_TYPE -> todo.addAll(type.asParameterizedType().arguments());
                case ARRAY -> todo.add(type.asArrayType().constituent());
                default -> {
                }
            }
            if (type.kind() != Type.Kind.CLASS && type.kind() != Type.Kind.PARAMETERIZED_TYPE || !seen.add(type.name())) {
                continue;
            }
            ClassInfo c = index.getClassByName(type.name());
            if (c == null || !c.isRecord()) {
                continue;
            }
            if (records.put(c.simpleName(), c) != null) {
                ambiguous.add(c.simpleName());
            }
            c.recordComponents().forEach(rc -> todo.add(rc.type()));
        }
        ambiguous.forEach(records::remove);
        if (!records.containsKey("PostResponse")) {
            throw new IllegalStateException("OpenApiDocs: the response records were not found in the index; "
                    + "nullability and required properties cannot be documented");
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The origin that serves this document; every path starts with /api/v1.")));
        Components components = openAPI.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", stringSchema("The field or parameter as the client named it.").examples(List.of("title")))
                .addProperty("message", stringSchema("What is wrong with it.").examples(List.of("must not be blank")))
                .required(List.of("field", "message")));
        components.addSchema("Problem", OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, sent as application/problem+json for every error.")
                .addProperty("type", stringSchema("A URI naming the kind of problem.").examples(List.of("https://engblog.dev/problems/bad-request")))
                .addProperty("title", stringSchema("Short summary of the kind of problem.").examples(List.of("Bad Request")))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).examples(List.of(400)))
                .addProperty("detail", stringSchema("What went wrong with this request.").examples(List.of("Invalid value for 'size': must be between 1 and 100")))
                .addProperty("instance", stringSchema("The request path."))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + "FieldError")))
                .required(List.of("type", "title", "status", "detail")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, op) -> complete(path, method, op));
            mergePatchBody(components, item);
        });
        components.removeSchema("JsonNode");
        components.removeSchema("JsonNodeType");
        components.removeSchema("StreamingOutput");
        describeRecords(openAPI, components);
        cuts.forEach((full, cut) -> cutSchema(components, full, cut));
    }

    /**
     * The shape of an answer cut down by {@code fields}: the same properties, each as documented in the
     * full shape, but only {@code id} required (a page keeps its envelope, its items cut).
     */
    private static void cutSchema(Components components, String full, String cut) {
        Schema source = components.getSchemas().get(full);
        Schema copy = copyOf(source);
        if (full.startsWith("Page")) {
            Schema data = copyOf(source.getProperties().get("data"));
            String itemRef = data.getItems().getRef();
            String item = itemRef.substring(itemRef.lastIndexOf('/') + 1);
            data.items(OASFactory.createSchema().ref(SCHEMAS + item + "Fields"));
            Map<String, Schema> properties = new LinkedHashMap<>(source.getProperties());
            properties.put("data", data);
            copy.properties(properties);
            copy.description("A page of `" + item + "` items cut down to the properties named in `fields`.");
            cutSchema(components, item, item + "Fields");
        } else {
            copy.required(List.of("id"));
            copy.description("`" + full + "` cut down to the properties named in `fields` (and `id`, always): each named one is"
                    + " present and as `" + full + "` documents it; the others are left out.");
        }
        components.addSchema(cut, copy);
    }

    /** {@code fields} (and on lists {@code include}) of an operation whose answers can be cut down or extended. */
    private static void sparseParameters(Operation op, Fields fields, boolean list) {
        List<Parameter> kept = new ArrayList<>();
        if (op.getParameters() != null) {
            op.getParameters().stream().filter(p -> !p.getName().equals(Fields.FIELDS) && !p.getName().equals(Fields.INCLUDE)).forEach(kept::add);
        }
        op.setParameters(kept);
        op.addParameter(query(Fields.FIELDS, "Only these properties of " + (list ? "each item" : "the item") + ", comma-separated (`id`"
                + " always comes along): " + codes(fields.names().stream().sorted().toList()) + ". The answer is then `"
                + SparseAnswers.MEDIA_TYPE + "`, whose items require only `id`; the query reads only the columns the named"
                + " properties need. An unknown name is a 400 naming it.", stringSchema(null).examples(List.of(
                        fields.names().contains("publishedAt") ? "title,slug,publishedAt" : "name,slug"))));
        if (list) {
            String optional = fields.optionalNames().isEmpty() ? ""
                    : " Optional properties, read only when asked for: " + codes(fields.optionalNames().stream().sorted().toList())
                    + (fields.includable().contains("body") ? ", or `body` for both bodies (a static build fetches 100 posts with"
                    + " bodies a page)" : "") + ".";
            op.addParameter(query(Fields.INCLUDE, "Properties to add to each item, comma-separated: any of "
                    + codes(fields.includable()) + "." + optional + " Together with `fields`, the item carries both sets"
                    + (fields.names().contains("postCount") ? " (`fields=name,slug&include=postCount`)." : "."), stringSchema(null)));
        }
    }

    private static String codes(List<String> names) {
        return String.join(", ", names.stream().map(n -> "`" + n + "`").toList());
    }

    /**
     * A PATCH takes a JSON merge patch: the PUT body's fields, none required, null removing one.
     * Documented as {@code XPatch} so generated clients get a typed patch instead of a raw node.
     */
    private static void mergePatchBody(Components components, PathItem item) {
        if (item.getPATCH() == null) {
            return;
        }
        String ref = item.getPUT() != null && item.getPUT().getRequestBody() != null
                ? item.getPUT().getRequestBody().getContent().getMediaType(JSON).getSchema().getRef()
                : item.getPATCH().getRequestBody().getContent().getMediaType(MERGE_PATCH).getSchema().getRef();
        if (ref == null || ref.endsWith("/JsonNode")) {
            return;
        }
        String requestName = ref.substring(ref.lastIndexOf('/') + 1);
        String patchName = requestName.replaceFirst("(Request|Update)$", "") + "Patch";
        Schema full = components.getSchemas().get(requestName);
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = full.getRequired() == null ? List.of() : full.getRequired();
        full.getProperties().forEach((name, schema) -> properties.put(name, required.contains(name) ? schema : orNull(schema)));
        Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("JSON merge patch (RFC 7396): send only the fields to change; null removes an optional field.")
                .properties(properties);
        components.addSchema(patchName, patch);
        if (requestName.endsWith("Update") && item.getPUT() == null) {
            // XUpdate records exist only to validate merged patches; clients see the XPatch schema.
            components.removeSchema(requestName);
        }
        item.getPATCH().setRequestBody(OASFactory.createRequestBody().required(true)
                .content(OASFactory.createContent().addMediaType(MERGE_PATCH,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + patchName)))));
    }

    private void complete(String path, PathItem.HttpMethod method, Operation op) {
        APIResponses responses = op.getResponses();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        String id = op.getOperationId() == null ? "" : op.getOperationId();
        ListSpec listing = LISTINGS.get(id);
        if (listing != null) {
            listParameters(listing).forEach(op::addParameter);
        }
        if (!secured && !OPTIONAL_TOKEN.contains(id)) {
            op.setSecurity(new ArrayList<>());
        }
        if (OPTIONAL_TOKEN.contains(id)) {
            op.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme("SecurityScheme")));
            op.addParameter(query("key", "A content API key, for clients that cannot send `Authorization: Bearer <key>` (every public"
                    + " read takes it): the answer is what the public sees, counted against the key's rate limit.",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("^[0-9a-f]{26}$")));
        }
        String success = successStatus(id, responses);
        APIResponse ok = success == null ? null : responses.getAPIResponse(success);
        Fields sparse = SPARSE.get(id);
        if (sparse != null) {
            sparseParameters(op, sparse, listing != null);
            String ref = ok.getContent().getMediaType(JSON).getSchema().getRef();
            String full = ref.substring(ref.lastIndexOf('/') + 1);
            cuts.put(full, full + "Fields");
            ok.getContent().addMediaType(SparseAnswers.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + full + "Fields")));
        }
        if (ok != null && ok.getContent() != null) {
            ok.getContent().getMediaTypes().forEach((type, media) -> {
                if (type.startsWith("image/")) {
                    media.setSchema(stringSchema(null).format("binary")); // stored image files
                } else if (!type.contains("json")) {
                    media.setSchema(stringSchema(null)); // text bodies: CSV, RSS, Atom, sitemap
                }
            });
        }
        boolean tagged = ok != null && ok.getContent() != null && (success.equals("200") || success.equals("201"))
                && ok.getContent().getMediaType("text/csv") == null;
        if (tagged) {
            ok.addHeader("ETag", requiredHeader("Weak tag of this exact answer (`W/\"v<version>-…\"` for versioned items): "
                    + "send it as If-None-Match to revalidate, or as If-Match to write."));
            ok.addHeader("Cache-Control", requiredHeader("`public, max-age=60, stale-while-revalidate=300` for anonymous reads, "
                    + "`private, no-cache` with a token, `no-store` for writes."));
        }
        if (tagged && id.equals("getMediaFile")) {
            ok.addHeader("ETag", requiredHeader("Strong tag of the file, which never changes: send it as If-None-Match to revalidate."));
            ok.addHeader("Cache-Control", requiredHeader("`public, max-age=31536000, immutable`: the file at this address never changes."));
        }
        if (method == PathItem.HttpMethod.GET && tagged) {
            op.addParameter(header("If-None-Match", "An ETag from an earlier answer: 304 Not Modified when unchanged."));
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not Modified: the If-None-Match tag names this very answer; no body.")
                    .addHeader("ETag", requiredHeader("The tag that matched.")));
        }
        if ("201".equals(success)) {
            ok.addHeader("Location", requiredHeader("URL of the new item."));
        }
        if (RATE_LIMITED.contains(id)) {
            rateLimitHeaders(ok, true);
            APIResponse tooMany = problem(responses, "429", "Rate limited: too many requests from this client address "
                    + (id.equals("createToken") ? "or failed sign-ins for this account " : "") + "in the window.");
            tooMany.addHeader("Retry-After", OASFactory.createHeader().required(true)
                    .description("Seconds until a retry can succeed.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
            rateLimitHeaders(tooMany, false);
        }
        if (!RATE_LIMITED.contains(id) && (secured || OPTIONAL_TOKEN.contains(id) || method == PathItem.HttpMethod.GET)) {
            APIResponse tooMany = problem(responses, "429", "Over the API key's rate limit (requests made with an API key only;"
                    + " `CMS_API_KEYS_REQUESTS_PER_WINDOW` per `CMS_API_KEYS_WINDOW`).");
            tooMany.addHeader("Retry-After", OASFactory.createHeader().required(true)
                    .description("Seconds until a retry can succeed.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
            rateLimitHeaders(tooMany, false);
            if (!secured) {
                problem(responses, "403", "An API key sent from a browser origin the key does not allow.");
            }
        }
        if (REDIRECTING.contains(id)) {
            responses.addAPIResponse("301", OASFactory.createAPIResponse()
                    .description("Moved Permanently: the slug was retired (renamed item, chains collapsed to one hop); "
                            + "`Location` is the item under its current slug, the body describes the move.")
                    .addHeader("Location", requiredHeader("URL of the item under its current slug."))
                    .content(OASFactory.createContent().addMediaType(JSON,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + "Redirect")))));
        }
        problem(responses, "400", "Bad parameter, malformed JSON or validation failure; `errors` names each field.");
        if (path.contains("{")) {
            problem(responses, "404", "No such item, or one the caller may not see.");
        } else if (MAIL_TOKENS.contains(id)) {
            problem(responses, "404", "No such token (an expired or used one is a 400).");
        }
        if (secured || OPTIONAL_TOKEN.contains(id) || CREDENTIALS.contains(id)) {
            APIResponse unauthorized = problem(responses, "401", CREDENTIALS.contains(id)
                    ? "Wrong email or password, a disabled account, or an unknown, used or ended refresh token."
                    : "No, expired or invalid bearer token.");
            unauthorized.addHeader("WWW-Authenticate", requiredHeader("`Bearer`: authenticate with a bearer token."));
            if (RATE_LIMITED.contains(id)) {
                rateLimitHeaders(unauthorized, false);
            }
        }
        if (secured) {
            problem(responses, "403", "Valid token, but the role or ownership does not allow this.");
        }
        problem(responses, "406", "The Accept header names no media type this operation answers with.");
        if (CONFLICTS.containsKey(id)) {
            problem(responses, "409", CONFLICTS.get(id));
        } else {
            responses.removeAPIResponse("409");
        }
        if (UPLOADS.contains(id)) {
            problem(responses, "413", "The file is larger than CMS_MEDIA_MAX_BYTES (10 MB by default).");
            problem(responses, "415", "The file is not a JPEG, PNG or WebP image by its content (SVG and GIF are refused), "
                    + "or the Content-Type is not multipart/form-data.");
            problem(responses, "503", "Too many uploads are being processed, or the database cannot be reached; retry after the given time.")
                    .addHeader("Retry-After", OASFactory.createHeader().required(true)
                            .description("Seconds until a retry may be admitted.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        } else if (op.getRequestBody() != null) {
            problem(responses, "413", "Body larger than 1 MB.");
            problem(responses, "415", method == PathItem.HttpMethod.PATCH
                    ? "Content-Type is not application/merge-patch+json; the problem detail says so."
                    : "Content-Type is not " + String.join(" or ", op.getRequestBody().getContent().getMediaTypes().keySet()) + ".");
        }
        if (takesIfMatch(op)) {
            problem(responses, "412", "If-Match does not name the current version; nothing was changed.");
        }
        if (!UPLOADS.contains(id) && !id.equals("getMediaFile")) {
            problem(responses, "503", "The database cannot be reached right now (a restart or fail-over): retry after the given"
                    + " time; a write sent with If-Match is safe to retry.")
                    .addHeader("Retry-After", OASFactory.createHeader().required(true)
                            .description("Seconds until a retry may succeed.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO)));
        }
    }

    /**
     * Moves the success answer smallrye guessed to the status the method really sends, and returns it
     * (null for operations no Java method declares).
     */
    private String successStatus(String id, APIResponses responses) {
        MethodInfo method = methods.get(id);
        if (method == null) {
            return null;
        }
        String status;
        AnnotationInstance declared = method.annotation(RESPONSE_STATUS);
        if (declared != null) {
            status = String.valueOf(declared.value().asInt());
        } else if (method.returnType().kind() == Type.Kind.VOID) {
            status = "204";
        } else if (id.startsWith("create") && method.returnType().name().equals(REST_RESPONSE)) {
            status = "201";
        } else {
            status = "200";
        }
        APIResponse guessed = null;
        for (String code : List.copyOf(responses.getAPIResponses().keySet())) {
            if (code.startsWith("2")) {
                guessed = responses.getAPIResponse(code);
                responses.removeAPIResponse(code);
            }
        }
        APIResponse answer = guessed == null ? OASFactory.createAPIResponse() : guessed;
        answer.description(switch (status) {
            case "201" -> "Created";
            case "202" -> "Accepted: the work is queued";
            case "204" -> "No Content";
            default -> "OK";
        });
        if (status.equals("204")) {
            answer.setContent(null);
        }
        responses.addAPIResponse(status, answer);
        return status;
    }

    private static boolean takesIfMatch(Operation op) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()));
    }

    private static void rateLimitHeaders(APIResponse response, boolean required) {
        if (response == null) {
            return;
        }
        Schema count = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO);
        response.addHeader("RateLimit-Limit", OASFactory.createHeader().required(required).schema(count)
                .description("Requests allowed in the window (the tightest limit this request counted against)."));
        response.addHeader("RateLimit-Remaining", OASFactory.createHeader().required(required).schema(count)
                .description("Requests left in the window."));
        response.addHeader("RateLimit-Reset", OASFactory.createHeader().required(required).schema(count)
                .description("Seconds until the window resets."));
    }

    private static List<Parameter> listParameters(ListSpec listing) {
        List<Parameter> params = new ArrayList<>();
        if (listing.paged()) {
            params.add(query("page", "1-based page number (not with after).", OASFactory.createSchema()
                    .addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE).defaultValue(1)));
            params.add(query("size", "Items per page.", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ListSpec.MAX_SIZE)).defaultValue(ListSpec.DEFAULT_SIZE)));
            List<Object> sorts = new ArrayList<>();
            listing.sortNames().stream().sorted().forEach(s -> {
                sorts.add(s);
                sorts.add("-" + s);
            });
            params.add(query("sort", "Sort field, ascending; prefix - for descending. Ties are broken by id.",
                    OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(sorts)));
            params.add(query("after", "Cursor from meta.nextCursor: the page after it, at the same cost at any depth.",
                    stringSchema(null)));
        }
        FILTERS.forEach((name, doc) -> {
            if (!listing.filterNames().contains(name)) {
                return;
            }
            Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.valueOf(doc[1].toUpperCase()));
            if (doc[2] != null) {
                schema.format(doc[2]);
            }
            if (name.equals("kind")) {
                schema.enumeration(List.of("post", "category", "tag", "author"));
            }
            if (name.equals("mimeType")) {
                schema.enumeration(List.of("image/jpeg", "image/png"));
            }
            if (name.equals("role")) {
                schema.enumeration(List.of("CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN"));
            }
            if (name.equals("status")) {
                schema.enumeration(listing == SubscriberService.LIST ? List.of("PENDING", "ACTIVE", "UNSUBSCRIBED")
                        : List.of("DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"));
            }
            if (listing.isRepeatable(name)) {
                schema = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(schema);
            }
            String description = name.equals("q") && listing == SubscriberService.LIST ? "Part of the email address or name."
                    : name.equals("q") && listing == MediaService.LIST ? "Part of the alt text, caption or file name." : doc[0];
            params.add(query(name, description, schema));
        });
        return params;
    }

    /**
     * Reads nullability and presence off the records behind the schemas. Response records: every
     * component is required unless Jackson leaves it out when null, and may be null only when
     * {@code @Nullable}. Request records keep the {@code required} Bean Validation gave them; their
     * optional properties accept null (Jackson reads it as absent). A record used on both sides gets
     * a request twin ({@code XInput}) so neither side lies about the other.
     */
    private void describeRecords(OpenAPI openAPI, Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        Set<String> requestSide = new LinkedHashSet<>();
        Set<String> responseSide = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, requestSide));
            }
            if (op.getResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> {
                    if (r.getContent() != null) {
                        r.getContent().getMediaTypes().values().forEach(m -> reach(m.getSchema(), schemas, responseSide));
                    }
                });
            }
        }));
        Set<String> twinned = new HashSet<>();
        for (String shared : requestSide) {
            if (responseSide.contains(shared) && recordOf(shared) != null) {
                twinned.add(shared);
                String twin = shared + "Input";
                Schema copy = copyOf(schemas.get(shared));
                components.addSchema(twin, copy);
                for (String name : requestSide) {
                    if (!responseSide.contains(name)) {
                        retarget(schemas.get(name), SCHEMAS + shared, SCHEMAS + twin);
                    }
                }
                openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                        op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> retarget(m.getSchema(), SCHEMAS + shared, SCHEMAS + twin));
                    }
                }));
                aliases.put(twin, shared);
            }
        }
        for (Map.Entry<String, Schema> e : Map.copyOf(components.getSchemas()).entrySet()) {
            String name = e.getKey();
            ClassInfo record = recordOf(name);
            if (record == null || e.getValue().getProperties() == null || OWN_SCHEMAS.contains(name)) {
                continue;
            }
            boolean response = responseSide.contains(name) && (!requestSide.contains(name) || twinned.contains(name));
            if (response) {
                describeResponse(record, e.getValue(), schemas);
            } else if (!name.endsWith("Patch")) {
                describeRequest(e.getValue());
            }
        }
    }

    private ClassInfo recordOf(String schemaName) {
        String name = aliases.getOrDefault(schemaName, schemaName);
        ClassInfo record = records.get(name);
        if (record == null && name.startsWith("Page") && records.containsKey("Page")) {
            return records.get("Page");
        }
        return record;
    }

    private static void describeResponse(ClassInfo record, Schema schema, Map<String, Schema> schemas) {
        boolean classOmitsNulls = omitsNulls(record.declaredAnnotation(JSON_INCLUDE));
        List<String> required = new ArrayList<>();
        for (RecordComponentInfo component : record.recordComponents()) {
            AnnotationInstance renamed = annotation(record, component, JSON_PROPERTY);
            String name = renamed != null && renamed.value() != null && !renamed.value().asString().isEmpty()
                    ? renamed.value().asString() : component.name();
            Schema property = schema.getProperties().get(name);
            if (property == null) {
                continue;
            }
            AnnotationInstance include = annotation(record, component, JSON_INCLUDE);
            boolean omitted = include != null ? omitsNulls(include) : classOmitsNulls;
            if (component.type().kind() == Type.Kind.PRIMITIVE || !omitted) {
                required.add(name);
            }
            if (annotation(record, component, NULLABLE) != null && !omitted) {
                schema.addProperty(name, orNull(inlined(property, schemas)));
            }
        }
        schema.setRequired(required);
    }

    /**
     * An annotation written on a record component: Java copies it to the component, the field, the accessor
     * or the constructor parameter, depending on the annotation's targets (Jackson's have no component target).
     */
    private static AnnotationInstance annotation(ClassInfo record, RecordComponentInfo component, DotName name) {
        AnnotationInstance found = component.declaredAnnotation(name);
        if (found == null && record.field(component.name()) != null) {
            found = record.field(component.name()).declaredAnnotation(name);
        }
        if (found == null && record.method(component.name()) != null) {
            found = record.method(component.name()).declaredAnnotation(name);
        }
        return found;
    }

    private static void describeRequest(Schema schema) {
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> properties.put(name, required.contains(name) ? property : orNull(property)));
        schema.setProperties(properties);
    }

    private static boolean omitsNulls(AnnotationInstance include) {
        if (include == null || include.value() == null) {
            return false;
        }
        return !include.value().asEnum().equals("ALWAYS") && !include.value().asEnum().equals("USE_DEFAULTS");
    }

    /** A $ref to a plain scalar schema (Instant, UUID) becomes the scalar itself, so null can join its type. */
    private static Schema inlined(Schema property, Map<String, Schema> schemas) {
        if (property.getRef() == null) {
            return property;
        }
        Schema target = schemas.get(property.getRef().substring(SCHEMAS.length()));
        if (target != null && target.getType() != null && !target.getType().contains(Schema.SchemaType.OBJECT)
                && target.getEnumeration() == null) {
            Schema copy = OASFactory.createSchema().type(new ArrayList<>(target.getType())).format(target.getFormat());
            if (target.getExamples() != null) {
                copy.examples(target.getExamples());
            }
            return copy;
        }
        return property;
    }

    /** The schema, or null: {@code type: [T, "null"]}, or {@code anyOf: [$ref, {type: "null"}]} for a reference. */
    private static Schema orNull(Schema schema) {
        if (schema.getType() != null && !schema.getType().isEmpty()) {
            if (!schema.getType().contains(Schema.SchemaType.NULL)) {
                Schema copy = copyOf(schema);
                copy.addType(Schema.SchemaType.NULL);
                return copy;
            }
            return schema;
        }
        if (schema.getRef() != null) {
            return OASFactory.createSchema().anyOf(List.of(OASFactory.createSchema().ref(schema.getRef()),
                    OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
        }
        return schema;
    }

    private static Schema copyOf(Schema schema) {
        Schema copy = OASFactory.createSchema();
        for (Map.Entry<String, ?> e : schema.getAll().entrySet()) {
            Object value = e.getValue();
            if (value instanceof List<?> list) {
                value = new ArrayList<>(list);
            } else if (value instanceof Map<?, ?> map) {
                value = new LinkedHashMap<>(map);
            }
            copy.set(e.getKey(), value);
        }
        return copy;
    }

    /** Every schema name a schema reaches through $ref, properties, items and compositions. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> seen) {
        Deque<Schema> todo = new ArrayDeque<>();
        if (schema != null) {
            todo.add(schema);
        }
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null) {
                String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
                if (seen.add(name) && schemas.get(name) != null) {
                    todo.add(schemas.get(name));
                }
            }
            children(s).forEach(todo::add);
        }
    }

    private static void retarget(Schema schema, String from, String to) {
        if (schema == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        todo.add(schema);
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (from.equals(s.getRef())) {
                s.setRef(to);
            }
            children(s).forEach(todo::add);
        }
    }

    private static List<Schema> children(Schema s) {
        List<Schema> all = new ArrayList<>();
        if (s.getProperties() != null) {
            all.addAll(s.getProperties().values());
        }
        if (s.getItems() != null) {
            all.add(s.getItems());
        }
        for (List<Schema> group : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
            if (group != null) {
                all.addAll(group);
            }
        }
        if (s.getAdditionalPropertiesSchema() != null) {
            all.add(s.getAdditionalPropertiesSchema());
        }
        return all;
    }

    private static APIResponse problem(APIResponses responses, String code, String description) {
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getHeaders() != null) {
            response.setHeaders(existing.getHeaders());
        }
        responses.addAPIResponse(code, response);
        return response;
    }

    private static Header requiredHeader(String description) {
        return OASFactory.createHeader().required(true).description(description).schema(stringSchema(null));
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema)
                .explode(schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY) ? Boolean.TRUE : null);
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description).schema(stringSchema(null));
    }

    private static Schema stringSchema(String description) {
        Schema s = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return description == null ? s : s.description(description);
    }
}
