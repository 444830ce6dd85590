package org.corroborate.figure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FigureRepository extends JpaRepository<Figure, Long> {

    /**
     * Serialises changes to one figure (its value, its evidence, its standing) until the transaction ends: a
     * PostgreSQL advisory lock keyed by the figure, in a key space of its own ({@link FigureService#lockForChange}).
     */
    @Query(value = "select 1 from (select pg_advisory_xact_lock(7413002, cast(mod(:figureId, 2147483647) as integer)))"
            + " locked", nativeQuery = true)
    int lock(long figureId);

    @Query("select f from Figure f left join fetch f.attributedSource where f.storyId = :storyId order by f.startOffset")
    List<Figure> findByStory(long storyId);

    @Query("select f from Figure f left join fetch f.attributedSource where f.id = :id")
    Optional<Figure> findWithSource(long id);

    @Query("""
            select new org.corroborate.figure.FigureRef(f.id, f.storyId, f.startOffset, f.quote, f.detached)
            from Figure f where f.id in :ids""")
    List<FigureRef> findRefs(Collection<Long> ids);

    @Query("""
            select new org.corroborate.figure.FigureRef(f.id, f.storyId, f.startOffset, f.quote, f.detached)
            from Figure f where f.storyId in :storyIds order by f.storyId, f.startOffset""")
    List<FigureRef> findRefsOfStories(Collection<Long> storyIds);

    /** Pairs of story id and how many figures it has (detached ones included). */
    @Query("select f.storyId, count(f) from Figure f where f.storyId in :storyIds group by f.storyId")
    List<Object[]> countByStories(Collection<Long> storyIds);

    @Query("select f.id from Figure f where f.measure.kind in :kinds")
    List<Long> findIdsOfKinds(Collection<org.corroborate.extraction.QuantityKind> kinds);

    @Query("select f from Figure f where f.attributedSource is null and f.attributionMention is not null")
    List<Figure> findAttributedInWordsOnly();

    @Query("select f.id from Figure f where f.attributedSource.id = :sourceId")
    List<Long> findIdsAttributedTo(long sourceId);

    @Query("select f.id from Figure f where f.id in :ids")
    List<Long> findExistingIds(Collection<Long> ids);

    @Query("select f.id from Figure f where f.id > :after order by f.id")
    List<Long> findIdsAfter(long after, org.springframework.data.domain.Limit limit);

    boolean existsByStoryIdAndStartOffsetAndDetachedFalse(long storyId, int startOffset);
}
