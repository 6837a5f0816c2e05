package dev.engblog.cms.common.db;

import jakarta.enterprise.context.RequestScoped;

/**
 * The version of the public content as the database tells it ({@code content_version()}, migration 020:
 * a generation every write to posts, their links and the taxonomies bumps in its own transaction, and
 * the newest publish time that has come). Read at most once per request, so the response cache and
 * the list totals of one request agree on it and pay for it once. Whatever a request reads after
 * this is at least as new as the version, so anything stored under it is never newer-labelled than
 * its data: at worst it is refreshed once more than needed. It is read where the request's reads go
 * ({@link Reads}: the standby for anonymous reads when one is in use), so a version and the data kept
 * under it always come from the same database.
 */
@RequestScoped
public class ContentVersion {

    private final Reads reads;
    private String current;

    public ContentVersion(Reads reads) {
        this.reads = reads;
    }

    public String current() {
        if (current == null) {
            current = reads.em().createNativeQuery("select content_version()").getSingleResult().toString();
        }
        return current;
    }
}
