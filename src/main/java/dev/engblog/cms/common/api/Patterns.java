package dev.engblog.cms.common.api;

/** Input formats shared by request records. */
public final class Patterns {

    public static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String SLUG_MESSAGE = "must be lowercase letters, digits and single hyphens";
    public static final String HTTP_URL = "https?://[^\\s<>\"]+";
    public static final String HTTP_URL_MESSAGE = "must be an http(s) URL";

    private Patterns() {
    }
}
