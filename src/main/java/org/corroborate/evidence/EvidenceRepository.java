package org.corroborate.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Evidence links (the evidence feature's own table), and the reads the status engine needs of figures and assertions,
 * which {@link FiguresAndAssertions} makes through the figure and report features' APIs (DD008).
 */
interface EvidenceRepository extends JpaRepository<Evidence, Long>, FiguresAndAssertions {

    List<Evidence> findByFigureId(long figureId);

    List<Evidence> findByFigureIdIn(Collection<Long> figureIds);

    /**
     * Serialises changes to one figure's evidence and standing until the transaction ends (a PostgreSQL advisory
     * lock keyed by the figure, in a key space of its own): concurrent links of the same pair make one link, and
     * concurrent recomputations of a standing do not conflict.
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(7413002, cast(mod(:figureId, 2147483647) as integer)))"
            + " locked", nativeQuery = true)
    int lockFigure(long figureId);

    Optional<Evidence> findByFigureIdAndAssertionId(long figureId, long assertionId);
}
