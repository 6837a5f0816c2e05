package dev.engblog.cms.subscriber;

/** Double opt-in: PENDING until the emailed link is used, ACTIVE until an unsubscribe. */
public enum SubscriberStatus {
    PENDING, ACTIVE, UNSUBSCRIBED
}
