package dev.engblog.cms.subscriber;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/** A newsletter subscriber; topics are category ids (none means every post). */
@Entity
@Table(name = "subscriber")
public class Subscriber {

    @Id
    public UUID id;
    public String email;
    public String name;
    @Enumerated(EnumType.STRING)
    public SubscriberStatus status;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "confirmed_at")
    public Instant confirmedAt;
    @Column(name = "unsubscribed_at")
    public Instant unsubscribedAt;
    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "subscriber_topic", joinColumns = @JoinColumn(name = "subscriber_id"))
    @Column(name = "category_id")
    public Set<UUID> topicIds = new LinkedHashSet<>();
}
