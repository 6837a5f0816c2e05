package dev.engblog.cms.common.db;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;

/**
 * The version of the public content as the database tells it ({@code content_version()}, migration 020:
 * a generation every write to posts, their links and the taxonomies bumps in its own transaction, and
 * the newest publish time that has come). Read at most once per request, so the response cache and
 * the list totals of one request agree on it and pay for it once. Whatever a request reads after
 * this is at least as new as the version, so anything stored under it is never newer-labelled than
 * its data: at worst it is refreshed once more than needed.
 */
@RequestScoped
public class ContentVersion {

    private final EntityManager em;
    private String current;

    public ContentVersion(EntityManager em) {
        this.em = em;
    }

    public String current() {
        if (current == null) {
            current = em.createNativeQuery("select content_version()").getSingleResult().toString();
        }
        return current;
    }
}
