package dev.engblog.cms.common.error;

/** One invalid input: the field or parameter as the client named it, and what is wrong with it. */
public record FieldError(String field, String message) {
}
