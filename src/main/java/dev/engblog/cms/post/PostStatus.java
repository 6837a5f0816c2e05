package dev.engblog.cms.post;

/** The publishing workflow: DRAFT → PUBLISHED (or SCHEDULED until its time) → ARCHIVED. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED
}
