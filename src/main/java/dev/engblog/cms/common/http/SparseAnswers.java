package dev.engblog.cms.common.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.engblog.cms.common.api.Fields;
import dev.engblog.cms.common.api.Page;
import dev.engblog.cms.common.api.RequestedFields;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Cuts an answer down to the properties its request named in {@code fields} (every item of a page, or
 * the one item), and labels it {@value #MEDIA_TYPE}: a shape of its own, documented with only {@code id}
 * required, so the full shape keeps every property required for validators and generated clients.
 * Runs before {@link Etags}, which tags the cut answer; the tag of a cut item names its version (for If-Match)
 * only when {@code version} is among the fields, as it was not read otherwise.
 */
public class SparseAnswers {

    public static final String MEDIA_TYPE = "application/vnd.engblog.fields+json";
    private static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private final RequestedFields requested;
    private final ObjectMapper json;

    public SparseAnswers(RequestedFields requested, ObjectMapper json) {
        this.requested = requested;
        this.json = json;
    }

    /** A cut item that still names the version of the row it was read from. */
    record Cut(@JsonValue JsonNode node, @JsonIgnore long version) implements Versioned {
    }

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void narrow(ContainerResponseContext response) {
        Fields.Selection selection = requested.narrowed();
        if (selection == null || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        Object entity = response.getEntity();
        JsonNode tree = json.valueToTree(entity);
        if (entity instanceof Page<?>) {
            tree.get("data").forEach(item -> ((ObjectNode) item).retain(selection.properties()));
        } else {
            ((ObjectNode) tree).retain(selection.properties());
        }
        response.setEntity(entity instanceof Versioned v && selection.has("version") ? new Cut(tree, v.version()) : tree, null, TYPE);
    }
}
