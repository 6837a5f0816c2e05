package dev.engblog.cms.common.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtFormatter;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Production logs one JSON object per line, with the requestId of the request it belongs to.
 * Quarkus' JSON-logging extension is not served for this version here, and JBoss LogManager's own
 * JSON formatter cannot see a JSON library from where Quarkus loads it; Jackson does the escaping.
 * No line carries a credential: {@code key=} values (content API keys in URLs) and bearer values are
 * masked, whatever logged them.
 */
@ApplicationScoped
public class JsonLogs {

    private static final JsonFactory JSON = new JsonFactory();
    /** API keys and tokens as they appear in URLs and headers: {@code key=…}, {@code Bearer …}. */
    private static final Pattern SECRETS = Pattern.compile("(?i)(\\bkey=|\\bbearer\\s+)[^&\\s\"',;]+");

    /** The text with every {@code key=} value and bearer credential replaced by {@code ***}. */
    static String masked(String text) {
        return text == null ? null : SECRETS.matcher(text).replaceAll("$1***");
    }

    void install(@Observes StartupEvent start, @ConfigProperty(name = "cms.log.json", defaultValue = "false") boolean json) {
        if (json) {
            apply(Logger.getLogger("").getHandlers(), new LineFormatter());
        }
    }

    /** Quarkus wraps the console handler in delaying handlers: format the innermost ones. */
    private static void apply(Handler[] handlers, ExtFormatter formatter) {
        for (Handler handler : handlers) {
            if (handler instanceof ExtHandler ext && ext.getHandlers().length > 0) {
                apply(ext.getHandlers(), formatter);
            } else {
                handler.setFormatter(formatter);
            }
        }
    }

    static final class LineFormatter extends ExtFormatter {
        @Override
        public String format(ExtLogRecord record) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("timestamp", record.getInstant().toString());
                g.writeStringField("level", record.getLevel().getName());
                g.writeStringField("logger", record.getLoggerName());
                g.writeStringField("thread", record.getThreadName());
                g.writeStringField("message", masked(formatMessage(record)));
                Object requestId = record.getMdc(RequestIds.MDC_KEY);
                if (requestId != null) {
                    g.writeStringField("requestId", requestId.toString());
                }
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    g.writeStringField("exception", masked(trace.toString()));
                }
                g.writeEndObject();
            } catch (IOException e) {
                return record.getMessage() + System.lineSeparator();
            }
            return out + System.lineSeparator();
        }
    }
}
