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

    /** Candidates sharing a subject term, closest in time to the figure first. */
    static final int SHARING_TERMS = 400;
    /** Candidates of the kind published up to a month after the figure, newest first, whatever their words. */
    static final int NEARBY = 100;

    private final JdbcTemplate jdbc;

    CandidateIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The candidates, read in one query without loading entities: a figure's panel must answer in tens of
     * milliseconds with a million assertions stored.
     */
    List<Candidate> candidates(QuantityKind kind, String subject, Instant asOf) {
        String terms = array(SubjectTerms.of(subject));
        Timestamp when = Timestamp.from(asOf);
        return jdbc.query("""
                with picked as (
                  (select a.id from assertion a
                    where a.kind = ? and a.subject_terms && cast(? as bigint[])
                    order by abs(extract(epoch from a.published_at - ?)) limit ?)
                  union
                  (select a.id from assertion a
                    where a.kind = ? and a.published_at <= ?
                    order by a.published_at desc limit ?))
                select a.id, a.report_id, r.title, a.quote, a.qualifier, a.low, a.high, a.unit, a.kind, a.subject,
                       a.place, a.period, a.published_at, o.key, o.name, o.party, o.reliability,
                       p.key, p.name, p.party, p.reliability
                from picked join assertion a on a.id = picked.id join report r on r.id = a.report_id
                join source o on o.id = a.origin_id join source p on p.id = r.publisher_id
                """, (rs, i) -> DomainMapping.candidate(rs), kind.name(), terms, when, SHARING_TERMS, kind.name(),
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
