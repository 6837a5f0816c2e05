package dev.engblog.cms.subscriber;

/** The public answers: the same for every address, naming none. */
public record SubscriptionAnswer(String status, String message) {

    static final SubscriptionAnswer ACCEPTED = new SubscriptionAnswer("ACCEPTED",
            "If this address can receive our newsletter, a confirmation email is on its way.");
    static final SubscriptionAnswer CONFIRMED = new SubscriptionAnswer("ACTIVE", "Your subscription is confirmed.");
    static final SubscriptionAnswer UNSUBSCRIBED = new SubscriptionAnswer("UNSUBSCRIBED", "You are unsubscribed.");
}
