package org.corroborate.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import org.corroborate.place.Gazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The places of each story's event, stored (table {@code story_event}, V78) with a fingerprint of what they were read
 * from: the story's text and title, where its figures stand in it, the place registry. Reading them is a pass of the
 * gazetteer over the text and a vote over the figures ({@link Gazetteer#storyPlaces}); opening a story, a figure's
 * panel and scope, a link and every derived standing needed them (issue 16). A stored row that matches is used as is;
 * otherwise they are read and the row is written after the caller's transaction, on a thread of its own (the caller's
 * transaction is often read-only, and a read must not wait on a write): two nodes reading the same story write the same
 * row.
 */
@Component
class StoryEvents implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoryEvents.class);

    private final JdbcTemplate jdbc;
    private final Map<Long, Row> pending = new ConcurrentHashMap<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("story-events").daemon(true).factory());

    StoryEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(long storyId, long readFrom, List<Long> placeIds) {
    }

    /**
     * The places the story's event is about, most important first, read from its text, title and figures (each
     * figure's [start, end) in the text).
     */
    List<Long> places(long storyId, Gazetteer places, String title, String text, List<int[]> figures) {
        long readFrom = fingerprint(places, title, text, figures);
        Row waiting = pending.get(storyId);
        if (waiting != null && waiting.readFrom() == readFrom) {
            return waiting.placeIds();
        }
        Optional<List<Long>> stored = jdbc.query(
                "select place_ids from story_event where story_id = ? and read_from = ?",
                (rs, i) -> Arrays.asList((Long[]) rs.getArray(1).getArray()), storyId, readFrom).stream().findFirst();
        if (stored.isPresent()) {
            return stored.get();
        }
        List<Long> read = List.copyOf(places.storyPlaces(text, title, figures));
        store(new Row(storyId, readFrom, read));
        return read;
    }

    private void store(Row row) {
        if (pending.put(row.storyId(), row) != null) {
            return; // a write of this story is already waiting: it takes the newest row
        }
        reschedule(row.storyId());
    }

    private void write(long storyId) {
        Row row = pending.get(storyId);
        if (row == null) {
            return;
        }
        try {
            jdbc.update("""
                    insert into story_event (story_id, read_from, place_ids, read_at)
                    values (?, ?, cast(? as bigint[]), now())
                    on conflict (story_id) do update set read_from = excluded.read_from,
                        place_ids = excluded.place_ids, read_at = excluded.read_at
                    where story_event.read_from <> excluded.read_from""", row.storyId(), row.readFrom(),
                    row.placeIds().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
        } catch (DataAccessException failed) {
            // the story was deleted meanwhile, or the database is away: it is read from its text again next time
            log.debug("The event of story {} was not stored", storyId, failed);
        } finally {
            if (!pending.remove(storyId, row) && pending.containsKey(storyId)) {
                reschedule(storyId); // a newer reading came in while this one was written
            }
        }
    }

    private void reschedule(long storyId) {
        try {
            writer.execute(() -> write(storyId));
        } catch (RejectedExecutionException stopped) {
            pending.remove(storyId);
        }
    }

    @Override
    public void destroy() {
        writer.shutdown();
    }

    /** 64 bits of FNV-1a over what the places are read from. */
    static long fingerprint(Gazetteer places, String title, String text, List<int[]> figures) {
        long h = 0xcbf29ce484222325L ^ places.fingerprint();
        h = mix(h, title);
        h = mix(h, text);
        for (int[] f : figures) {
            h = (h ^ f[0]) * 0x100000001b3L;
            h = (h ^ f[1]) * 0x100000001b3L;
        }
        return h;
    }

    private static long mix(long h, String s) {
        h = (h ^ s.length()) * 0x100000001b3L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h;
    }
}
