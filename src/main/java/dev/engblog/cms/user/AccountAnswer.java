package dev.engblog.cms.user;

/** The same answer whatever happened, so it tells nobody whether an address has an account. */
public record AccountAnswer(String message) {
}
