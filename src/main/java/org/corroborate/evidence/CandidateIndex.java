package org.corroborate.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.evidence.domain.SubjectTerms;
import org.corroborate.extraction.QuantityKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pre-selects candidate evidence in the database, so that ranking stays fast with a million assertions:
 * assertions of the figure's kind that share a subject term with it (GIN index on their terms), plus
 * the ones of that kind published closest before the figure's time (a number about the same thing is
 * sometimes worded with other words). The ranker then scores only these.
 */
@Component
class CandidateIndex {

    /** Candidates sharing a subject term, newest first. */
    static final int SHARING_TERMS = 1_000;
    /** Candidates of the kind published up to a month after the figure, newest first, whatever their words. */
    static final int NEARBY = 200;

    private final JdbcTemplate jdbc;

    CandidateIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Long> candidates(QuantityKind kind, String subject, Instant asOf) {
        String terms = array(SubjectTerms.of(subject));
        return jdbc.queryForList("""
                (select a.id from assertion a
                  where a.kind = ? and a.subject_terms && cast(? as bigint[])
                  order by a.published_at desc limit ?)
                union
                (select a.id from assertion a
                  where a.kind = ? and a.published_at <= ?
                  order by a.published_at desc limit ?)
                """, Long.class, kind.name(), terms, SHARING_TERMS, kind.name(),
                Timestamp.from(asOf.plus(30, ChronoUnit.DAYS)), NEARBY);
    }

    /** Fills the subject terms of a report's assertions (called when the report is stored). */
    void indexReport(long reportId) {
        index(jdbc.query("select id, subject from assertion where report_id = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2)), reportId));
    }

    /** Fills the terms of assertions stored before the index existed; returns how many. */
    int indexMissing() {
        List<Row> rows = jdbc.query("select id, subject from assertion where subject_terms is null",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2)));
        index(rows);
        return rows.size();
    }

    private void index(List<Row> rows) {
        jdbc.batchUpdate("update assertion set subject_terms = cast(? as bigint[]) where id = ?",
                rows.stream().map(r -> new Object[] {array(SubjectTerms.of(r.subject())), r.id()}).toList());
    }

    private static String array(long[] terms) {
        return Arrays.stream(terms).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private record Row(long id, String subject) {
    }
}
