package org.corroborate.collaboration;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One round of live updates on this app instance: the changes heard in the last interval, delivered to every open view
 * that follows their stories (see {@link StoryWatch}). Views that redraw in the same round share what they read
 * through {@link #shared}: a story's standings or a figure's panel are read once per round for all the views that show
 * them, not once per view (DD017). Everything a round delivers was committed before it began, so a read shared in the
 * round shows at least those changes.
 */
public final class LiveRound {

    private static final ThreadLocal<@Nullable LiveRound> CURRENT = new ThreadLocal<>();

    private final ConcurrentHashMap<Object, CompletableFuture<Object>> reads = new ConcurrentHashMap<>();

    LiveRound() {
    }

    /**
     * {@code read}'s result, read once per round for every view that asks with an equal {@code key}; outside a round
     * (a user's own request), read now. Only for reads that do not depend on who reads them (the key says everything
     * the result depends on, the locale included): views of other people get the same object.
     */
    @SuppressWarnings("unchecked")
    public static <T> T shared(Object key, Supplier<T> read) {
        LiveRound round = CURRENT.get();
        return round == null ? read.get() : (T) round.read(key, (Supplier<Object>) read);
    }

    private Object read(Object key, Supplier<Object> read) {
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> first = reads.putIfAbsent(key, mine);
        if (first != null) {
            try {
                return first.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException e ? e : failed;
            }
        }
        try {
            Object value = read.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Runs {@code delivery} in this round: its {@link #shared} reads are this round's. */
    void run(Runnable delivery) {
        LiveRound outer = CURRENT.get();
        CURRENT.set(this);
        try {
            delivery.run();
        } finally {
            CURRENT.set(outer);
        }
    }
}
