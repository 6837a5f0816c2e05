package dev.engblog.cms.common.http;

/** A representation of a row with an optimistic-locking version; its ETag starts with that version. */
public interface Versioned {

    long version();
}
