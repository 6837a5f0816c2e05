package dev.engblog.cms.common.security;

/** Staff roles after Ghost's, in increasing power: each can do what the ones before it can. */
public enum Role {
    CONTRIBUTOR, AUTHOR, EDITOR, ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
