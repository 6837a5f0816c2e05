package dev.engblog.cms.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engblog.cms.common.error.ApiException;
import dev.engblog.cms.common.error.ProblemMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396): the patch is merged onto the current state as JSON, the result read
 * as the full request record (unknown properties still refused) and validated like a PUT body.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper json;
    private final Validator validator;

    public MergePatch(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", "a merge patch must be a JSON object");
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JsonMappingException e) {
            throw ApiException.invalid(ProblemMapper.jsonPath(e), e instanceof UnrecognizedPropertyException
                    ? "unknown property" : "wrong type or format");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "not a valid merge patch");
        }
        var violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    /**
     * A PUT body as the merge patch that replaces every field: each one set, absent or null ones
     * removed. PUT and PATCH then take the same path through the service.
     */
    public JsonNode replacement(Record body) {
        ObjectNode patch = json.valueToTree(body);
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (!patch.has(component.getName())) {
                patch.putNull(component.getName());
            }
        }
        return patch;
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : JsonNodeFactory.instance.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isNull()) {
                result.remove(f.getKey());
            } else {
                result.set(f.getKey(), merge(result.get(f.getKey()), f.getValue()));
            }
        }
        return result;
    }
}
