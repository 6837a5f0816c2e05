package dev.engblog.cms.common.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.io.InputDecorator;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.engblog.cms.common.error.ControlCharacterException;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text in request bodies is text: every JSON body must be valid UTF-8 (Jackson alone lets overlong
 * forms and encoded surrogates through), and no string may carry a C0 control character other than
 * tab, CR and LF (PostgreSQL refuses NUL in text; the others only break feeds, CSV and terminals).
 * Both are 400s, checked once here for every endpoint.
 */
@Singleton
public class JsonText implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setInputDecorator(new StrictUtf8());
        mapper.registerModule(new SimpleModule("json-text").addDeserializer(String.class, new CheckedString()));
    }

    /** The position of the first control character other than tab, CR and LF, or -1. */
    static int firstControlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** Jackson's own string reading, then the control-character check. */
    static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && firstControlCharacter(value) >= 0) {
                throw new ControlCharacterException(p);
            }
            return value;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Decodes the whole body strictly before Jackson reads it; bodies are capped at 1 MB by the HTTP layer. */
    static final class StrictUtf8 extends InputDecorator {

        @Override
        public InputStream decorate(IOContext ctxt, InputStream in) throws IOException {
            return checked(in.readAllBytes(), 0, -1);
        }

        @Override
        public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) throws IOException {
            return checked(src, offset, length);
        }

        @Override
        public Reader decorate(IOContext ctxt, Reader r) {
            return r;
        }

        private static InputStream checked(byte[] bytes, int offset, int length) throws IOException {
            int len = length < 0 ? bytes.length - offset : length;
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, offset, len));
            } catch (CharacterCodingException e) {
                throw new JsonParseException(null, "The body is not valid UTF-8.");
            }
            return new ByteArrayInputStream(bytes, offset, len);
        }
    }
}
