package org.corroborate.evidence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.corroborate.evidence.domain.SubjectTerms;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Period;
import org.corroborate.measure.Scope;
import org.corroborate.place.Gazetteer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pre-selects candidate evidence in the database, so that ranking stays fast with a million assertions:
 * assertions of the figure's kind that share a subject term with it, closest in time to the figure on
 * either side, plus the ones of that kind published just before it (a number about the same thing is
 * sometimes worded with other words). The ranker then scores only these.
 */
@Component
class CandidateIndex {

    /** Candidates sharing a subject term, on each side of the figure's time, closest first. */
    static final int SHARING_TERMS_EACH_SIDE = 120;
    /** Candidates of the kind published up to a month after the figure, newest first, whatever their words. */
    static final int NEARBY = 60;

    private final JdbcTemplate jdbc;

    CandidateIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Above this many assertions sharing a term, the terms are common: walk the time index instead. */
    static final int RARE = 2_000;

    /**
     * The candidates, read without loading entities: a figure's panel must answer in tens of milliseconds
     * with a million assertions stored. When few assertions of the kind share a subject term (a GIN look-up
     * says so at once), all of them are candidates, closest in time first; when many do, each side of the
     * figure's time is walked on the (kind, published_at) index until enough are found. Either way the
     * assertions of the kind published just before the figure are added. When the figure's period is known, the
     * walk is bounded by its window and taken at once, on the (kind, place, published_at) index that includes
     * what the walk tests (V67: an index-only scan per compatible place); its terms are then tested as
     * {@code (... && ...) is true}, which no index answers: otherwise PostgreSQL ANDs the GIN bitmap of a common
     * term (a sixth of all assertions) with the window's rows and reads the table (DD011).
     */
    List<Candidate> candidates(QuantityKind kind, String subject, Instant asOf, Scope scope, Gazetteer places) {
        String kindTerm = array(new long[] {kindTerm(kind)});
        String terms = array(SubjectTerms.of(subject));
        Timestamp when = Timestamp.from(asOf);
        Timestamp soon = Timestamp.from(asOf.plus(30, ChronoUnit.DAYS));
        Within within = Within.of(scope, places);
        // With a period the walk stays within the figure's window (Within) and, with a place, runs on the index of
        // (kind, place, time) without visiting the table: the rarity check, a GIN look-up as costly as such a walk,
        // is needed only without a period.
        List<Long> sharing = within.period() != null ? List.of() : jdbc.queryForList("""
                select a.id from evidence_candidate_scope a
                where a.subject_terms @> cast(? as bigint[]) and a.subject_terms && cast(? as bigint[]) limit ?
                """, Long.class, kindTerm, terms, RARE + 1);
        // Within a window the terms are tested on the window's rows (no index answers "(...) is true"); without one
        // PostgreSQL may AND the terms' GIN bitmap with the time index.
        String sharesTerms = within.period() != null ? "(a.subject_terms && cast(? as bigint[])) is true"
                : "a.subject_terms && cast(? as bigint[])";
        List<Object> args = new ArrayList<>();
        String picked;
        if (within.period() == null && sharing.size() <= RARE) {
            picked = """
                  (select a.id from evidence_candidate_scope a where a.id = any(cast(? as bigint[]))"""
                    + within.sql() + """
                    order by abs(extract(epoch from a.published_at - ?)) limit ?)
                  """;
            args.add(array(sharing.stream().mapToLong(Long::longValue).toArray()));
            within.addArgs(args);
            args.addAll(List.of(when, 2 * SHARING_TERMS_EACH_SIDE));
        } else {
            picked = """
                  (select a.id from evidence_candidate_scope a
                    where a.kind = ? and\s""" + sharesTerms + " and a.published_at <= ?" + within.sql() + """
                    order by a.published_at desc limit ?)
                  union
                  (select a.id from evidence_candidate_scope a
                    where a.kind = ? and\s""" + sharesTerms + " and a.published_at > ?" + within.sql() + """
                    order by a.published_at limit ?)
                  """;
            args.addAll(List.of(kind.name(), terms, when));
            within.addArgs(args);
            args.add(SHARING_TERMS_EACH_SIDE);
            args.addAll(List.of(kind.name(), terms, when));
            within.addArgs(args);
            args.add(SHARING_TERMS_EACH_SIDE);
        }
        args.addAll(List.of(kind.name(), soon));
        within.addArgs(args);
        args.add(NEARBY);
        return jdbc.query("with picked as (" + picked + """
                  union
                  (select a.id from evidence_candidate_scope a
                    where a.kind = ? and a.published_at <= ?""" + within.sql() + """
                    order by a.published_at desc limit ?))
                select a.id, a.report_id, a.title, a.quote, a.qualifier, a.low, a.high, a.unit, a.kind, a.subject,
                       a.place, a.period, a.place_id, a.period_from, a.period_to, a.period_stated, a.published_at,
                       a.origin_key, a.origin_name, a.origin_party, a.origin_reliability, a.publisher_key,
                       a.publisher_name, a.publisher_party, a.publisher_reliability, a.whole, a.holder
                from picked join evidence_candidate a on a.id = picked.id
                """, (rs, i) -> DomainMapping.candidate(rs, places), args.toArray());
    }

    /**
     * The look-up narrowed to the figure's event, as {@link org.corroborate.measure.SameMeasure} will judge it: an
     * assertion at a compatible place (the figure's, one it lies within, one within it) or at none known, whose days
     * meet the figure's (an assertion is published on or after the last day it counts, so the first day also bounds
     * the walk on the publication index; a year after the last day bounds it the other way, see {@link Within#LATER_DAYS}).
     */
    private record Within(@Nullable String placeIds, @Nullable Period period) {

        /**
         * How long after the figure's last day an assertion may be published and still be looked up: without this
         * bound, the walk forward on the publication index reads every later assertion of the kind (years of them)
         * when fewer than it wants meet the figure's days. An assertion with no stated period counts the 30 days
         * before it was published, so one published later never meets the figure's days; two months keep the stated
         * periods of the same weeks ("since the cyclone hit"). A cumulative toll stated later still ("since 2011",
         * months on) is left out of the walk: it is never the same period, only one containing it.
         */
        static final int LATER_DAYS = 62;

        static Within of(Scope scope, Gazetteer places) {
            // 0 stands for "no place" (V67's index keys an assertion without one under 0)
            String ids = scope.place() == null ? null
                    : array(LongStream.concat(LongStream.of(0),
                            places.compatible(scope.place().id()).stream().mapToLong(Long::longValue)).toArray());
            return new Within(ids, scope.period());
        }

        String sql() {
            return (placeIds == null ? "" : " and coalesce(a.place_id, 0) = any(cast(? as bigint[]))")
                    + (period == null ? "" : " and a.published_at >= ? and a.published_at < ?"
                            + " and (a.period_to is null or (a.period_to >= ? and a.period_from <= ?))");
        }

        void addArgs(List<Object> args) {
            if (placeIds != null) {
                args.add(placeIds);
            }
            if (period != null) {
                args.add(Timestamp.from(period.from().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
                args.add(Timestamp.from(period.to().plusDays(LATER_DAYS).atStartOfDay(java.time.ZoneOffset.UTC)
                        .toInstant()));
                args.add(java.sql.Date.valueOf(period.from()));
                args.add(java.sql.Date.valueOf(period.to()));
            }
        }
    }

    /** The stored terms of an assertion: its subject's, and one for its kind (so one GIN look-up has both). */
    static long[] indexTerms(String kind, String subject) {
        long[] terms = SubjectTerms.of(subject);
        long[] all = java.util.Arrays.copyOf(terms, terms.length + 1);
        all[terms.length] = kindTerm(QuantityKind.valueOf(kind));
        return all;
    }

    /** Kind terms are small negative numbers far below the synonym groups' (which count down from -1). */
    static long kindTerm(QuantityKind kind) {
        return -1_000_000L - kind.ordinal();
    }

    /** Fills the subject terms of a report's assertions stored without them (called when the report is stored). */
    void indexReport(long reportId) {
        index(jdbc.query(
                "select id, kind, subject from evidence_assertion_terms where report_id = ? and subject_terms is null",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), reportId));
    }

    /** Fills the terms of assertions stored before the index existed; returns how many. */
    int indexMissing() {
        List<Row> rows = jdbc.query("select id, kind, subject from evidence_assertion_terms where subject_terms is null",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)));
        index(rows);
        return rows.size();
    }

    private void index(List<Row> rows) {
        jdbc.batchUpdate("update evidence_assertion_terms set subject_terms = cast(? as bigint[]) where id = ?",
                rows.stream().map(r -> new Object[] {array(indexTerms(r.kind(), r.subject())), r.id()}).toList());
    }

    private static String array(long[] terms) {
        return Arrays.stream(terms).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private record Row(long id, String kind, String subject) {
    }
}
