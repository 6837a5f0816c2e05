package dev.engblog.cms.common.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Exact list totals, counted once per filter and content version instead of once per request. The
 * version comes from the database ({@code content_version()}: a generation every write to posts,
 * their links or taxonomies bumps in its own transaction, and the newest publish time that has come),
 * so a write by this instance, another instance or anyone else, and a scheduled post going live, all
 * make the next read count again. Requests that miss together on one filter share one count.
 */
@ApplicationScoped
public class Totals {

    /** Beyond this many filters the map starts over; a total is one count away. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String version, CompletableFuture<Long> total) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The total of {@code key} under {@code version}: cached, being counted by another request, or
     * counted now. The caller reads the version before counting, so a total is never older than the
     * version it is stored under.
     */
    public long total(String key, String version, LongSupplier count) {
        Entry current = entries.get(key);
        if (current == null || !current.version().equals(version)) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            Entry mine = new Entry(version, new CompletableFuture<>());
            current = entries.compute(key, (k, old) -> old != null && old.version().equals(version) ? old : mine);
            if (current == mine) {
                try {
                    long n = count.getAsLong();
                    mine.total().complete(n);
                    return n;
                } catch (RuntimeException e) {
                    entries.remove(key, mine);
                    mine.total().completeExceptionally(e);
                    throw e;
                }
            }
        }
        try {
            return current.total().join();
        } catch (CompletionException e) {
            return count.getAsLong();
        }
    }

    /** How many filters have a total kept (for tests). */
    public int size() {
        return entries.size();
    }
}
