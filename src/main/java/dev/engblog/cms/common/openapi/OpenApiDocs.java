package dev.engblog.cms.common.openapi;

import dev.engblog.cms.author.AuthorRepository;
import dev.engblog.cms.category.CategoryRepository;
import dev.engblog.cms.common.api.ListSpec;
import dev.engblog.cms.post.PostRepository;
import dev.engblog.cms.subscriber.SubscriberService;
import dev.engblog.cms.tag.TagRepository;
import dev.engblog.cms.user.UserService;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated document from the code's own facts, so resources stay short: list
 * parameters come from each listing's {@link ListSpec}, every error is the Problem schema, creates
 * answer 201 with Location, and conditional-request headers are named where they apply.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiDocs implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    /** The listing behind each list operation. */
    private static final Map<String, ListSpec> LISTINGS = Map.of(
            "listPosts", PostRepository.STAFF_LIST,
            "listCategories", CategoryRepository.TAXONOMY.spec(),
            "listTags", TagRepository.TAXONOMY.spec(),
            "listAuthors", AuthorRepository.TAXONOMY.spec(),
            "listUsers", UserService.LIST,
            "listSubscribers", SubscriberService.LIST);

    /** Reads that answer anyone, and show staff more when a token is sent. */
    private static final java.util.Set<String> OPTIONAL_TOKEN = java.util.Set.of("listPosts", "getPost", "getPostBySlug");

    /** What each filter means, and its type. */
    private static final Map<String, String[]> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("category", new String[] {"Category slug; an unknown slug gives an empty page.", "string", null});
        FILTERS.put("tag", new String[] {"Tag slug; repeat it to match posts with any of the tags.", "string", null});
        FILTERS.put("author", new String[] {"Author slug.", "string", null});
        FILTERS.put("featured", new String[] {"Only featured (true) or only other (false) posts.", "boolean", null});
        FILTERS.put("status", new String[] {"Workflow status. Anonymous callers still see published posts only.", "string", null});
        FILTERS.put("publishedAfter", new String[] {"Published at or after this instant (or date, read as midnight UTC).", "string", "date-time"});
        FILTERS.put("publishedBefore", new String[] {"Published before this instant (or date, read as midnight UTC).", "string", "date-time"});
        FILTERS.put("role", new String[] {"Staff role: CONTRIBUTOR, AUTHOR, EDITOR or ADMIN.", "string", null});
        FILTERS.put("disabled", new String[] {"Only disabled (true) or only active (false) accounts.", "boolean", null});
        FILTERS.put("topic", new String[] {"Subscribers following this category slug.", "string", null});
        FILTERS.put("q", new String[] {"Full-text search (web search syntax: \"quoted phrase\", -exclude, or). "
                + "Without sort, best match first.", "string", null});
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", stringSchema("The field or parameter as the client named it.").examples(List.of("title")))
                .addProperty("message", stringSchema("What is wrong with it.").examples(List.of("must not be blank"))));
        components.addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, sent as application/problem+json for every error.")
                .addProperty("type", stringSchema("A URI naming the kind of problem.").examples(List.of("https://engblog.dev/problems/bad-request")))
                .addProperty("title", stringSchema("Short summary of the kind of problem.").examples(List.of("Bad Request")))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", stringSchema("What went wrong with this request.").examples(List.of("Invalid value for 'size': must be between 1 and 100")))
                .addProperty("instance", stringSchema("The request path."))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status", "detail")));
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().forEach((method, op) -> complete(path, method, op));
            mergePatchBody(components, item);
        });
        if (components.getSchemas() != null) {
            components.removeSchema("JsonNode");
            components.removeSchema("JsonNodeType");
        }
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
                ? item.getPUT().getRequestBody().getContent().getMediaType("application/json").getSchema().getRef()
                : item.getPATCH().getRequestBody().getContent().getMediaType("application/merge-patch+json").getSchema().getRef();
        if (ref == null || ref.endsWith("/JsonNode")) {
            return;
        }
        String requestName = ref.substring(ref.lastIndexOf('/') + 1);
        String patchName = requestName.replaceFirst("(Request|Update)$", "") + "Patch";
        Schema full = components.getSchemas().get(requestName);
        Schema patch = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("JSON merge patch (RFC 7396): send only the fields to change; null removes a field.")
                .properties(new LinkedHashMap<>(full.getProperties()));
        components.addSchema(patchName, patch);
        if (requestName.endsWith("Update")) {
            // XUpdate records exist only to validate merged patches; clients see the XPatch schema.
            components.removeSchema(requestName);
        }
        item.getPATCH().setRequestBody(OASFactory.createRequestBody().required(true)
                .content(OASFactory.createContent().addMediaType("application/merge-patch+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/" + patchName)))));
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
        }
        if (method == PathItem.HttpMethod.GET) {
            op.addParameter(header("If-None-Match", "An ETag from an earlier answer: 304 Not Modified when unchanged."));
        }
        if (id.startsWith("create") && responses.getAPIResponse("200") != null) {
            APIResponse ok = responses.getAPIResponse("200");
            responses.removeAPIResponse("200");
            responses.addAPIResponse("201", ok.description("Created")
                    .addHeader("Location", OASFactory.createHeader().description("URL of the new item.").schema(stringSchema(null)))
                    .addHeader("ETag", OASFactory.createHeader().description("Version tag for If-Match.").schema(stringSchema(null))));
        }
        problem(responses, "400", "Bad parameter, malformed JSON or validation failure; `errors` names each field.");
        if (path.contains("{")) {
            problem(responses, "404", "No such item, or one the caller may not see.");
        }
        if (secured) {
            problem(responses, "401", "No, expired or invalid bearer token.");
            problem(responses, "403", "Valid token, but the role or ownership does not allow this.");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH) {
            problem(responses, "409", "Unique clash (slug, email) or the item is in use.");
            problem(responses, "413", "Body larger than 1 MB.");
            problem(responses, "415", "Body is not JSON (merge-patch+json for PATCH).");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            problem(responses, "412", "If-Match does not name the current version; nothing was changed.");
        }
    }

    private static List<Parameter> listParameters(ListSpec listing) {
        List<Parameter> params = new ArrayList<>();
        params.add(query("page", "1-based page number (not with after).", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.INTEGER)).minimum(java.math.BigDecimal.ONE).defaultValue(1)));
        params.add(query("size", "Items per page.", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                .minimum(java.math.BigDecimal.ONE).maximum(java.math.BigDecimal.valueOf(ListSpec.MAX_SIZE)).defaultValue(ListSpec.DEFAULT_SIZE)));
        List<Object> sorts = new ArrayList<>();
        listing.sortNames().stream().sorted().forEach(s -> {
            sorts.add(s);
            sorts.add("-" + s);
        });
        params.add(query("sort", "Sort field, ascending; prefix - for descending. Ties are broken by id.",
                OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(sorts)));
        params.add(query("after", "Cursor from meta.nextCursor: the page after it, at the same cost at any depth.",
                stringSchema(null)));
        FILTERS.forEach((name, doc) -> {
            if (!listing.filterNames().contains(name)) {
                return;
            }
            Schema schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.valueOf(doc[1].toUpperCase())));
            if (doc[2] != null) {
                schema.format(doc[2]);
            }
            if (name.equals("role")) {
                schema.enumeration(List.of("CONTRIBUTOR", "AUTHOR", "EDITOR", "ADMIN"));
            }
            if (name.equals("status")) {
                schema.enumeration(listing == SubscriberService.LIST ? List.of("PENDING", "ACTIVE", "UNSUBSCRIBED")
                        : List.of("DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED"));
            }
            if (listing.isRepeatable(name)) {
                schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(schema);
            }
            String description = name.equals("q") && listing == SubscriberService.LIST ? "Part of the email address or name." : doc[0];
            params.add(query(name, description, schema));
        });
        return params;
    }

    private static void problem(APIResponses responses, String code, String description) {
        responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema)
                .explode(schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY) ? Boolean.TRUE : null);
    }

    private static Parameter header(String name, String description) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description).schema(stringSchema(null));
    }

    private static Schema stringSchema(String description) {
        Schema s = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        return description == null ? s : s.description(description);
    }
}
