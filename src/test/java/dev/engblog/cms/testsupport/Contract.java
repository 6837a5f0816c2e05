package dev.engblog.cms.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contract check every API test runs through: each REST Assured request to {@code /api/} and its
 * response are validated against the committed {@code openapi.yaml}. A response that breaks the
 * document (an undocumented status, a missing required header, a wrong type, a null where none is
 * allowed, a missing required property, an undocumented property) fails the test. A request that
 * breaks the document is allowed only when the server refuses it with a 4xx: tests probe refusals on
 * purpose, but a request the document forbids must never succeed.
 *
 * <p>The validator (swagger-request-validator) reads OpenAPI 3.0 schemas; the document is 3.1. The
 * only 3.1 features the document uses are translated here, losslessly: {@code type: [X, "null"]}
 * becomes {@code type: X, nullable: true}, and schema {@code examples} lists become {@code example}.
 */
public final class Contract implements OrderedFilter {

    /** The committed contract (OperationsTest proves it equal to what the build generates). */
    static final Path DOCUMENT = Path.of("openapi.yaml");

    private static volatile Contract instance;

    private final OpenApiInteractionValidator validator;

    private Contract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The one filter of this test JVM, built once from openapi.yaml. */
    public static Contract filter() {
        if (instance == null) {
            synchronized (Contract.class) {
                if (instance == null) {
                    instance = new Contract(validator(DOCUMENT));
                }
            }
        }
        return instance;
    }

    /** A validator for the document, every finding an error, objects closed to undocumented properties. */
    static OpenApiInteractionValidator validator(Path document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(asOpenApi30(document))
                .withLevelResolver(LevelResolver.create()
                        .withDefaultLevel(ValidationReport.Level.ERROR)
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    public OpenApiInteractionValidator validator() {
        return validator;
    }

    @Override
    public int getOrder() {
        // After any filter a test adds itself, so the request is validated as it is sent.
        return Integer.MAX_VALUE;
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(requestSpec, responseSpec);
        String path = URI.create(requestSpec.getURI()).getRawPath();
        if (!path.startsWith("/api/") || isCorsPreflight(requestSpec)) {
            // /q/* (health, metrics, the document itself) is operations, not the API; a CORS preflight
            // is answered by the HTTP layer for every path and is not an operation of the API.
            return response;
        }
        Request request = RestAssuredRequest.of(requestSpec);
        int status = response.getStatusCode();
        ValidationReport requestReport = validator.validateRequest(request);
        if (!requestSpec.getMultiPartParams().isEmpty()) {
            // REST Assured keeps multipart parts apart from the body, so the validator sees none; the parts
            // themselves are the server's to check (its refusals are tested), the rest is still validated.
            requestReport = ValidationReport.from(requestReport.getMessages().stream()
                    .filter(m -> !m.getKey().equals("validation.request.body.missing")).toList());
        }
        List<String> problems = new ArrayList<>();
        boolean refused = status >= 400 && status < 500;
        if (requestReport.hasErrors() && !refused) {
            problems.add("the server answered " + status + " to a request the document forbids: " + messages(requestReport));
        }
        boolean noOperation = requestReport.getMessages().stream()
                .anyMatch(m -> m.getKey().equals("validation.request.path.missing") || m.getKey().equals("validation.request.operation.notAllowed"));
        if (!noOperation) {
            ValidationReport responseReport = validator.validateResponse(request.getPath(), request.getMethod(),
                    RestAssuredResponse.of(response));
            if (responseReport.hasErrors()) {
                problems.add("the response breaks the document: " + messages(responseReport));
            }
        } else if (!refused) {
            problems.add("no operation in the document for " + request.getMethod() + " " + path);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("openapi.yaml contract violation on " + request.getMethod() + " " + requestSpec.getURI()
                    + " -> " + status + "\n  " + String.join("\n  ", problems) + "\n  body: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static boolean isCorsPreflight(FilterableRequestSpecification request) {
        return "OPTIONS".equals(request.getMethod()) && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "[" + m.getKey() + "] " + m.getMessage().replace('\n', ' '))
                .collect(Collectors.joining("; "));
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "..." : body;
    }

    /** The document as OpenAPI 3.0 for the validator, nothing else changed. */
    static String asOpenApi30(Path document) {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            ObjectNode root = (ObjectNode) yaml.readTree(Files.readString(document));
            root.put("openapi", "3.0.3");
            JsonNode license = root.path("info").path("license");
            if (license instanceof ObjectNode l) {
                l.remove("identifier");
            }
            translate(root);
            return yaml.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void translate(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.get("type") instanceof ArrayNode types) {
                List<String> named = new ArrayList<>();
                types.forEach(t -> named.add(t.asText()));
                if (named.remove("null")) {
                    object.put("nullable", true);
                }
                if (named.size() != 1) {
                    throw new IllegalStateException("cannot express type " + named + " in OpenAPI 3.0");
                }
                object.put("type", named.get(0));
            }
            if (object.get("examples") instanceof ArrayNode examples) {
                object.remove("examples");
                if (!examples.isEmpty()) {
                    object.set("example", examples.get(0));
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                translate(it.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Contract::translate);
        }
    }
}
