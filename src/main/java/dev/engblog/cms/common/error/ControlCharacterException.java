package dev.engblog.cms.common.error;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string with a control character in it (NUL, ESC, ...); the ProblemMapper names the field. */
public class ControlCharacterException extends MismatchedInputException {

    public static final String MESSAGE = "must not contain control characters (only tab, CR and LF are allowed)";

    public ControlCharacterException(JsonParser p) {
        super(p, "A string contains a control character.", String.class);
    }
}
