package org.corroborate.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.Figure;
import org.corroborate.figure.FigureService;
import org.corroborate.report.Assertion;
import org.corroborate.report.ReportService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link FiguresAndAssertions} through the figure and report features' APIs; evidence's own tables (its links,
 * its standings) with its own SQL. Lists of ids go in chunks, one query per chunk.
 */
class FiguresAndAssertionsImpl implements FiguresAndAssertions {

    /** Ids per query when walking many. */
    static final int CHUNK = 10_000;

    private final FigureService figures;
    private final ReportService reports;
    private final JdbcTemplate jdbc;

    FiguresAndAssertionsImpl(FigureService figures, ReportService reports, JdbcTemplate jdbc) {
        this.figures = figures;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Figure> findFigure(long id) {
        return figures.withSource(id);
    }

    @Override
    public List<Figure> findFiguresOfStory(long storyId) {
        return figures.figuresWithSourcesOf(storyId);
    }

    @Override
    public List<Long> findFigureIdsOfKinds(Collection<QuantityKind> kinds) {
        return figures.idsOfKinds(kinds);
    }

    @Override
    public List<Long> findFigureIdsLinkedToSource(long sourceId) {
        List<Long> linked = jdbc.queryForList("select distinct assertion_id from evidence", Long.class);
        Set<Long> fromSource = new HashSet<>();
        for (int from = 0; from < linked.size(); from += CHUNK) {
            fromSource.addAll(reports.assertionsFrom(sourceId, linked.subList(from, Math.min(linked.size(),
                    from + CHUNK))));
        }
        if (fromSource.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("select distinct figure_id from evidence where assertion_id = any(cast(? as bigint[]))",
                Long.class, array(fromSource));
    }

    /**
     * Every standing belongs to a figure (deleting a figure deletes its standing), so when there are as many of both
     * none is missing; otherwise the figures are walked a chunk at a time.
     */
    @Override
    public List<Long> findFigureIdsWithoutStanding() {
        Long standings = jdbc.queryForObject("select count(*) from figure_standing", Long.class);
        if (standings != null && standings == figures.count()) {
            return List.of();
        }
        List<Long> missing = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Long> ids = figures.idsAfter(after, CHUNK);
            if (ids.isEmpty()) {
                return missing;
            }
            Set<Long> have = new HashSet<>(jdbc.queryForList(
                    "select figure_id from figure_standing where figure_id = any(cast(? as bigint[]))", Long.class,
                    array(ids)));
            ids.stream().filter(id -> !have.contains(id)).forEach(missing::add);
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    public List<Long> findFigureIdsAttributedTo(long sourceId) {
        return figures.idsAttributedTo(sourceId);
    }

    @Override
    public List<Assertion> findAssertions(Collection<Long> ids) {
        return reports.assertionsWithSources(ids);
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
