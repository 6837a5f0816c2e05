package dev.engblog.cms.user;

/** A mail about an account, sent once its transaction has committed. */
record AccountMail(String to, String subject, String text) {
}
