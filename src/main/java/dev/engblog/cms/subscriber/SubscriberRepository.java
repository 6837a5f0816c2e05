package dev.engblog.cms.subscriber;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Subscriber queries. */
@ApplicationScoped
public class SubscriberRepository implements PanacheRepositoryBase<Subscriber, UUID> {

    Optional<Subscriber> findByEmail(String email) {
        return find("lower(email) = lower(?1)", email).firstResultOptional();
    }

    /** The category slugs of a subscriber's topics, sorted. */
    @SuppressWarnings("unchecked")
    List<String> topicSlugs(UUID subscriberId) {
        return getEntityManager().createNativeQuery(
                        "select c.slug from subscriber_topic st join category c on c.id = st.category_id where st.subscriber_id = :id order by c.slug")
                .setParameter("id", subscriberId).getResultList();
    }
}
