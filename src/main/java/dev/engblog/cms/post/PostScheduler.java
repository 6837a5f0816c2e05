package dev.engblog.cms.post;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Scheduled posts go live when their time comes: announced once, by whichever instance gets there first. */
@ApplicationScoped
public class PostScheduler {

    private final PostService posts;

    public PostScheduler(PostService posts) {
        this.posts = posts;
    }

    @Scheduled(every = "${cms.posts.schedule-poll-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        while (posts.publishDue() > 0) {
            // until no due post is left
        }
    }
}
