package org.corroborate.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The archived_copy table, in plain JDBC: copies are written once and never changed (no entity state to
 * track), often many at a time (an import), and their WARC bytes are read only when asked for.
 */
@Component
class ArchivedCopies {

    private static final String SUMMARY = """
            select id, kind, requested_url, target_url, captured_at, http_status, content_type, payload_length,
                   payload_sha256, octet_length(warc) as warc_length, created_by
            from archived_copy""";

    private final JdbcTemplate jdbc;

    ArchivedCopies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the copies in the caller's transaction; returns their ids, in order. */
    List<Long> insert(List<Capture> captures, String by) {
        if (captures.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('archived_copy', 'id')) from generate_series(1, ?)", Long.class,
                captures.size());
        List<Object[]> rows = new ArrayList<>(captures.size());
        for (int i = 0; i < captures.size(); i++) {
            Capture c = captures.get(i);
            rows.add(new Object[] {ids.get(i), c.kind().name(), c.requestedUrl(), c.targetUrl(),
                    c.capturedAt().atOffset(ZoneOffset.UTC), c.httpStatus(), truncate(c.contentType(), 200),
                    c.payloadLength(), c.payloadSha256(), c.warcBytes(), by});
        }
        jdbc.batchUpdate("""
                insert into archived_copy (id, kind, requested_url, target_url, captured_at, http_status, content_type,
                                           payload_length, payload_sha256, warc, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return ids;
    }

    Optional<ArchiveSummary> summary(long id) {
        return jdbc.query(SUMMARY + " where id = ?", ArchivedCopies::summary, id).stream().findFirst();
    }

    Optional<byte[]> warc(long id) {
        return jdbc.query("select warc from archived_copy where id = ?", (rs, n) -> rs.getBytes(1), id).stream()
                .findFirst();
    }

    private static ArchiveSummary summary(ResultSet rs, int row) throws SQLException {
        Integer status = rs.getObject("http_status", Integer.class);
        return new ArchiveSummary(rs.getLong("id"), Capture.Kind.valueOf(rs.getString("kind")),
                rs.getString("requested_url"), rs.getString("target_url"),
                rs.getObject("captured_at", OffsetDateTime.class).toInstant(), status, rs.getString("content_type"),
                rs.getLong("payload_length"), rs.getString("payload_sha256"), rs.getLong("warc_length"),
                rs.getString("created_by"));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
