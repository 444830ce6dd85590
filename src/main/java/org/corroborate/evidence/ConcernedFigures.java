package org.corroborate.evidence;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.place.Gazetteer;
import org.corroborate.place.PlaceService;
import org.corroborate.security.SystemAuthentication;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures whose standing new reports may change: those whose candidate look-up ({@link CandidateIndex}) may now
 * find one of the reports' assertions. A figure's look-up reads assertions of its kind, at a place compatible with its
 * own (the same, one it lies within, one within it) or at none, published from the first day it counts to
 * {@link #LATER_DAYS} after the last; its stored standing says the scope it was derived with (V77). So an assertion of
 * kind K at place P published on day D concerns the figures of kind K whose place is compatible with P or unknown, and
 * whose days are unknown or run from before D to no earlier than {@link #LATER_DAYS} before D; an assertion with no
 * place concerns every place. Standings with no stored scope (derived before V77) are always concerned.
 *
 * <p>This is a superset of the figures whose standing can change (days are compared per kind and place over the
 * reports' whole span), never a subset: what it leaves out could not have found the new assertions.
 */
@Component
class ConcernedFigures {

    /**
     * How long after a figure's last day its look-up still reads assertions, with a margin over
     * {@code CandidateIndex.Within.LATER_DAYS} (62).
     */
    static final int LATER_DAYS = 63;

    private final JdbcTemplate jdbc;
    private final PlaceService places;
    private final SystemAuthentication system;

    ConcernedFigures(JdbcTemplate jdbc, PlaceService places, SystemAuthentication system) {
        this.jdbc = jdbc;
        this.places = places;
        this.system = system;
    }

    /** One range to look at: figures of a kind at a place (0: none known, null: any), whose days meet these. */
    private record Probe(String kind, @Nullable Long placeId) {
    }

    /** The first and last publication day of the assertions a probe stands for. */
    private static final class Days {
        LocalDate first;
        LocalDate last;

        Days(LocalDate day) {
            first = day;
            last = day;
        }

        void add(LocalDate day) {
            first = day.isBefore(first) ? day : first;
            last = day.isAfter(last) ? day : last;
        }
    }

    private static void probe(Map<Probe, Days> probes, Probe probe, LocalDate day) {
        Days days = probes.get(probe);
        if (days == null) {
            probes.put(probe, new Days(day));
        } else {
            days.add(day);
        }
    }

    /** The figures the assertions of these reports may concern (see the class comment), each once. */
    Set<Long> of(Collection<Long> reportIds) {
        // Each probe reads its own range of figure_standing_scope_idx: the subqueries are lateral and fenced
        // ("offset 0"), else with hundreds of probes PostgreSQL hashes them and reads the million standings whole.
        if (reportIds.isEmpty()) {
            return Set.of();
        }
        Gazetteer gazetteer = system.call(places::gazetteer);
        Map<Probe, Days> probes = new HashMap<>();
        jdbc.query("""
                select a.kind, a.place_id, a.published_at from evidence_candidate a
                where a.report_id = any(cast(? as bigint[]))""", rs -> {
            String kind = rs.getString(1);
            long place = rs.getLong(2);
            boolean noPlace = rs.wasNull();
            LocalDate day = rs.getTimestamp(3).toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            if (noPlace || gazetteer.lineage(place) == null) {
                probe(probes, new Probe(kind, null), day);
            } else {
                probe(probes, new Probe(kind, 0L), day);
                for (Long compatible : gazetteer.compatible(place)) {
                    probe(probes, new Probe(kind, compatible), day);
                }
            }
        }, array(reportIds));
        if (probes.isEmpty()) {
            return Set.of();
        }
        List<Map.Entry<Probe, Days>> atPlaces = probes.entrySet().stream().filter(e -> e.getKey().placeId() != null)
                .toList();
        List<Map.Entry<Probe, Days>> anywhere = probes.entrySet().stream().filter(e -> e.getKey().placeId() == null)
                .toList();
        Set<Long> ids = new LinkedHashSet<>();
        if (!atPlaces.isEmpty()) {
            ids.addAll(jdbc.queryForList("""
                    select f.figure_id
                    from unnest(cast(? as varchar[]), cast(? as bigint[]), cast(? as date[]), cast(? as date[]))
                         as p(kind, place_id, first_day, last_day)
                    cross join lateral (
                        select s.figure_id from figure_standing s
                        where s.scope_kind = p.kind and coalesce(s.scope_place_id, 0) = p.place_id
                          and (s.scope_to is null or (s.scope_to >= p.first_day - ? and s.scope_from <= p.last_day))
                        offset 0
                    ) f""",
                    Long.class, strings(atPlaces.stream().map(e -> e.getKey().kind()).toList()),
                    array(atPlaces.stream().map(e -> e.getKey().placeId()).toList()),
                    dates(atPlaces.stream().map(e -> e.getValue().first).toList()),
                    dates(atPlaces.stream().map(e -> e.getValue().last).toList()), LATER_DAYS));
        }
        if (!anywhere.isEmpty()) {
            ids.addAll(jdbc.queryForList("""
                    select f.figure_id
                    from unnest(cast(? as varchar[]), cast(? as date[]), cast(? as date[])) as p(kind, first_day, last_day)
                    cross join lateral (
                        select s.figure_id from figure_standing s
                        where s.scope_kind = p.kind
                          and (s.scope_to is null or (s.scope_to >= p.first_day - ? and s.scope_from <= p.last_day))
                        offset 0
                    ) f""",
                    Long.class, strings(anywhere.stream().map(e -> e.getKey().kind()).toList()),
                    dates(anywhere.stream().map(e -> e.getValue().first).toList()),
                    dates(anywhere.stream().map(e -> e.getValue().last).toList()), LATER_DAYS));
        }
        ids.addAll(jdbc.queryForList("select s.figure_id from figure_standing s where s.scope_kind is null",
                Long.class));
        return ids;
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private static String strings(List<String> values) {
        return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(",", "{", "}"));
    }

    private static String dates(List<LocalDate> days) {
        List<String> out = new ArrayList<>();
        days.forEach(d -> out.add(Date.valueOf(d).toString()));
        return String.join(",", out).transform(s -> "{" + s + "}");
    }
}
