package dev.engblog.cms.apikey;

/**
 * What a key may do. Lower-case on the wire, as the issue and Ghost name them: {@code content} reads
 * published content only (safe in a browser; also a Ghost Content API key), {@code admin} acts with a role.
 */
public enum ApiKeyKind {
    content, admin
}
