package org.corroborate.ingest;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The feed_item table: every item a feed listed, what became of it, so that it is fetched once. */
@Component
class FeedItems {

    /** What became of an item: a report, a report already stored, or a failure (tried again, three times in all). */
    enum Outcome {
        IMPORTED, DUPLICATE, FAILED
    }

    static final int ATTEMPTS = 3;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    FeedItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The items of these keys that need no other try: imported, duplicates, or failed too often. */
    java.util.Set<String> settled(long feedId, Collection<String> keys) {
        java.util.Set<String> settled = new java.util.HashSet<>();
        if (keys.isEmpty()) {
            return settled;
        }
        named.query("""
                select item_key from feed_item where feed_id = :feed and item_key in (:keys)
                and (outcome <> 'FAILED' or attempts >= :attempts)""",
                new MapSqlParameterSource("feed", feedId).addValue("keys", keys).addValue("attempts", ATTEMPTS),
                rs -> {
                    settled.add(rs.getString(1));
                });
        return settled;
    }

    void record(long feedId, String key, @Nullable String url, Outcome outcome, @Nullable String reason,
            @Nullable Long reportId) {
        jdbc.update("""
                insert into feed_item (feed_id, item_key, url, outcome, reason, report_id, seen_at)
                values (?, ?, ?, ?, ?, ?, now())
                on conflict (feed_id, item_key) do update set outcome = excluded.outcome, reason = excluded.reason,
                    report_id = excluded.report_id, seen_at = now(), attempts = feed_item.attempts + 1""",
                feedId, key, url, outcome.name(), reason, reportId);
    }

    /** The latest items of a feed, newest first. */
    List<FeedItemRow> latest(long feedId, int max) {
        return jdbc.query("""
                select item_key, url, outcome, reason, report_id, attempts, seen_at from feed_item
                where feed_id = ? order by seen_at desc, id desc limit ?""",
                (rs, n) -> new FeedItemRow(rs.getString("item_key"), rs.getString("url"), rs.getString("outcome"),
                        rs.getString("reason"), rs.getObject("report_id", Long.class), rs.getInt("attempts"),
                        rs.getTimestamp("seen_at").toInstant()), feedId, max);
    }
}
