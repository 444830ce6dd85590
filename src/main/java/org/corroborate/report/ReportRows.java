package org.corroborate.report;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.source.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes reports built (and checked) as entities with plain JDBC: the bulk path of an import. Hibernate cannot
 * batch inserts into identity columns, so ids are drawn from the columns' sequences up front, one query for a
 * whole batch, and each table is written with multi-row inserts of {@value #ROWS_PER_INSERT} rows. Assertions
 * are written with their candidate-index terms, so no second pass updates them. Runs in the caller's transaction.
 */
@Component
class ReportRows {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AssertionTerms terms;
    private final ReportScopes scopes;

    ReportRows(JdbcTemplate jdbc, AssertionTerms terms, ReportScopes scopes) {
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.terms = terms;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Advisory-lock key spaces: a report's address key, its text fingerprint. */
    static final int URL_KEYS = 7413001;
    static final int TEXT_KEYS = 7413003;

    /**
     * Serialises adding reports with the same address or the same text, until the transaction ends: two people saving
     * the same report at once, or an import and the form, do not both store it, and reports that share neither wait
     * on nothing (a large report stored for seconds holds up no other). The locks are PostgreSQL advisory transaction
     * locks keyed by the hash of each key (a collision only makes two reports wait on each other), taken in one
     * statement in ascending order (address keys, then fingerprints), so two writers never wait in a cycle.
     */
    void lockKeys(Collection<String> urlKeys, Collection<String> textHashes) {
        if (urlKeys.isEmpty() && textHashes.isEmpty()) {
            return;
        }
        jdbc.query("""
                select count(pg_advisory_xact_lock(space, key)) from (
                    select distinct space, key from (
                        select cast(? as integer) as space, hashtext(k) as key from unnest(?) k
                        union all
                        select cast(? as integer), hashtext(k) from unnest(?) k) keys
                    order by space, key) ordered
                """, ps -> {
            ps.setInt(1, URL_KEYS);
            ps.setArray(2, ps.getConnection().createArrayOf("text", urlKeys.toArray()));
            ps.setInt(3, TEXT_KEYS);
            ps.setArray(4, ps.getConnection().createArrayOf("text", textHashes.toArray()));
        }, rs -> null);
    }

    /** Stored reports with one of these address keys: key to the first such report. */
    Map<String, ReportRef> byUrlKey(Collection<String> urlKeys) {
        return firstBy("url_key", urlKeys);
    }

    /** Stored reports with one of these text fingerprints: fingerprint to the first such report. */
    Map<String, ReportRef> byTextHash(Collection<String> textHashes) {
        return firstBy("text_hash", textHashes);
    }

    private Map<String, ReportRef> firstBy(String column, Collection<String> keys) {
        Map<String, ReportRef> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        named.query("select " + column + ", id, title from report where " + column + " in (:keys) order by id",
                new MapSqlParameterSource("keys", keys),
                rs -> {
                    found.putIfAbsent(rs.getString(1), new ReportRef(rs.getLong(2), rs.getString(3)));
                });
        return found;
    }

    /** Inserts the reports with their assertions; returns their ids, in order. */
    List<Long> insert(List<Report> reports) {
        reports.forEach(scopes::scope);
        if (reports.isEmpty()) {
            return List.of();
        }
        List<Long> reportIds = ids("report", reports.size());
        List<Assertion> assertions = new ArrayList<>();
        List<Long> assertionReport = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            for (Assertion a : reports.get(i).getAssertions()) {
                assertions.add(a);
                assertionReport.add(reportIds.get(i));
            }
        }
        List<Long> assertionIds = ids("assertion", assertions.size());
        OffsetDateTime now = Instant.now().atOffset(ZoneOffset.UTC);
        insertRows("""
                insert into report (id, publisher_id, published_at, language, url, title, body, url_key, text_hash,
                                    created_at, updated_at, archive_id)""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", 12,
                reports.size(),
                (ps, o, i) -> {
            Report r = reports.get(i);
            ps.setLong(o + 1, reportIds.get(i));
            ps.setLong(o + 2, id(r.getPublisher()));
            ps.setObject(o + 3, r.getPublishedAt().atOffset(ZoneOffset.UTC));
            ps.setString(o + 4, r.getLanguage());
            ps.setString(o + 5, r.getUrl());
            ps.setString(o + 6, r.getTitle());
            ps.setString(o + 7, r.getBody());
            ps.setString(o + 8, r.getUrlKey());
            ps.setString(o + 9, r.getTextHash());
            ps.setObject(o + 10, now);
            ps.setObject(o + 11, now);
            ps.setObject(o + 12, r.getArchiveId(), Types.BIGINT);
        });
        List<Object[]> via = new ArrayList<>();
        for (int i = 0; i < assertions.size(); i++) {
            List<Source> relays = assertions.get(i).getVia();
            for (int p = 0; p < relays.size(); p++) {
                via.add(new Object[] {assertionIds.get(i), p, id(relays.get(p))});
            }
        }
        insertRows("""
                insert into assertion (id, report_id, position, quote, start_offset, end_offset, origin_id, qualifier,
                                       low, high, point, unit, kind, subject, place, period, published_at,
                                       subject_terms, place_id, period_from, period_to, period_stated, scope_read,
                                       whole, holder)""",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as bigint[]), ?, ?, ?, ?, ?, ?, ?)", 25,
                assertions.size(),
                (ps, o, i) -> {
            Assertion a = assertions.get(i);
            ps.setLong(o + 1, assertionIds.get(i));
            ps.setLong(o + 2, assertionReport.get(i));
            ps.setInt(o + 3, a.getPosition());
            ps.setString(o + 4, a.getQuote());
            ps.setInt(o + 5, a.getStartOffset());
            ps.setInt(o + 6, a.getEndOffset());
            ps.setLong(o + 7, id(a.getOrigin()));
            ps.setString(o + 8, a.getQuantity().qualifier().name());
            number(ps, o + 9, a.getQuantity().low());
            number(ps, o + 10, a.getQuantity().high());
            number(ps, o + 11, a.getQuantity().point());
            ps.setString(o + 12, a.getQuantity().unit());
            ps.setString(o + 13, a.getMeasure().kind().name());
            ps.setString(o + 14, a.getMeasure().subject());
            ps.setString(o + 15, a.getMeasure().place());
            ps.setString(o + 16, a.getMeasure().period());
            ps.setObject(o + 17, a.getPublishedAt().atOffset(ZoneOffset.UTC));
            ps.setString(o + 18, java.util.Arrays.stream(terms.of(a.getMeasure().kind(), a.getMeasure().subject()))
                    .mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(",", "{", "}")));
            var days = a.getMeasure().days();
            ps.setObject(o + 19, a.getMeasure().placeId(), Types.BIGINT);
            ps.setObject(o + 20, days == null ? null : days.from(), Types.DATE);
            ps.setObject(o + 21, days == null ? null : days.to(), Types.DATE);
            ps.setBoolean(o + 22, days != null && days.stated());
            ps.setBoolean(o + 23, a.isScopeRead());
            ps.setBoolean(o + 24, a.isWhole());
            ps.setString(o + 25, a.getMeasure().holder());
        });
        if (!via.isEmpty()) {
            jdbc.batchUpdate("insert into assertion_via (assertion_id, position, source_id) values (?, ?, ?)", via);
        }
        return reportIds;
    }

    /** Rows per multi-row insert: one statement and one round trip for each, far fewer than one per row. */
    private static final int ROWS_PER_INSERT = 200;

    private interface RowBinder {
        /** Sets row {@code row}'s values from parameter {@code offset + 1} on. */
        void bind(PreparedStatement ps, int offset, int row) throws SQLException;
    }

    private void insertRows(String head, String placeholders, int columns, int count, RowBinder binder) {
        for (int from = 0; from < count; from += ROWS_PER_INSERT) {
            int start = from;
            int end = Math.min(count, from + ROWS_PER_INSERT);
            jdbc.update(head + "\nvalues " + String.join(", ", java.util.Collections.nCopies(end - start, placeholders)),
                    ps -> {
                        for (int row = start; row < end; row++) {
                            binder.bind(ps, (row - start) * columns, row);
                        }
                    });
        }
    }

    private List<Long> ids(String table, int count) {
        return count == 0 ? List.of()
                : jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                        Long.class, table, count);
    }

    private static long id(Source source) {
        Long id = source.getId();
        if (id == null) {
            throw new IllegalStateException("An imported report refers to a source that is not stored");
        }
        return id;
    }

    private static void number(PreparedStatement ps, int index, @Nullable BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }
}
