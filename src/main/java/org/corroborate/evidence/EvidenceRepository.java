package org.corroborate.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.Figure;
import org.corroborate.report.Assertion;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Evidence links, and the reads the status engine needs: figures with their story, and assertions with
 * their report, origin and relays.
 */
interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    List<Evidence> findByFigureId(long figureId);

    /**
     * Serialises changes to one figure's evidence and standing until the transaction ends (a PostgreSQL advisory
     * lock keyed by the figure, in a key space of its own): concurrent links of the same pair make one link, and
     * concurrent recomputations of a standing do not conflict.
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(7413002, cast(mod(:figureId, 2147483647) as integer)))"
            + " locked", nativeQuery = true)
    int lockFigure(long figureId);

    Optional<Evidence> findByFigureIdAndAssertionId(long figureId, long assertionId);

    @Query("select f from Figure f left join fetch f.attributedSource where f.id = :id")
    Optional<Figure> findFigure(long id);

    @Query("select f from Figure f left join fetch f.attributedSource where f.storyId = :storyId order by f.startOffset")
    List<Figure> findFiguresOfStory(long storyId);

    @Query("select f.id from Figure f where f.measure.kind in :kinds")
    List<Long> findFigureIdsOfKinds(Collection<QuantityKind> kinds);

    @Query("""
            select distinct e.figureId from Evidence e, Assertion a
            where e.assertionId = a.id and (a.origin.id = :sourceId or a.report.publisher.id = :sourceId)
            """)
    List<Long> findFigureIdsLinkedToSource(long sourceId);

    @Query("select f.id from Figure f where not exists (select 1 from StandingRecord r where r.figureId = f.id)")
    List<Long> findFigureIdsWithoutStanding();

    @Query("select f.id from Figure f where f.attributedSource.id = :sourceId")
    List<Long> findFigureIdsAttributedTo(long sourceId);

    @Query("""
            select a from Assertion a join fetch a.report r join fetch r.publisher join fetch a.origin
            where a.id in :ids
            """)
    List<Assertion> findAssertions(Collection<Long> ids);

}
