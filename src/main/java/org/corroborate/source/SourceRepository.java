package org.corroborate.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    /**
     * Lower case and without accents, like {@link SourceMentions#fold} does to the filter: PostgreSQL's lower()
     * leaves accented capitals alone under the C locale, so those are translated too.
     */
    String FOLD_FROM = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ’";
    String FOLD_TO = "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyy''";
    String MATCHES_FILTER = " :filter = ''"
            + " or cast(function('translate', lower(s.name), '" + FOLD_FROM + "', '" + FOLD_TO + "') as String)"
            + "    like concat('%', :filter, '%')"
            + " or exists (select 1 from Source s2 join s2.aliases a where s2 = s"
            + "    and cast(function('translate', lower(a), '" + FOLD_FROM + "', '" + FOLD_TO + "') as String)"
            + "    like concat('%', :filter, '%'))";

    Optional<Source> findByKey(String key);

    boolean existsByKey(String key);

    @Query("select new org.corroborate.source.SourceSummary(s.id, s.key, s.name, s.kind, s.party, s.reliability,"
            + " (select count(r) from Report r where r.publisher = s))"
            + " from Source s where" + MATCHES_FILTER)
    List<SourceSummary> findSummaries(String filter, Pageable pageable);

    @Query("select count(s) from Source s where" + MATCHES_FILTER)
    long countSummaries(String filter);

    @Query("select new org.corroborate.source.SourceRef(s.id, s.key, s.name, s.kind, s.party, s.reliability) from Source s")
    List<SourceRef> findRefs();

    /** Pairs of source id and alias. */
    @Query("select s.id, a from Source s join s.aliases a")
    List<Object[]> findAliases();

    /** Pairs of source id and web domain. */
    @Query("select s.id, d from Source s join s.domains d")
    List<Object[]> findDomains();

    @Query(value = "select count(*) from report where publisher_id = :id", nativeQuery = true)
    long countReportsPublishedBy(long id);

    @Query(value = "select count(*) from assertion where origin_id = :id", nativeQuery = true)
    long countAssertionsOriginatingFrom(long id);

    @Query(value = "select count(*) from assertion_via where source_id = :id", nativeQuery = true)
    long countRelaysThrough(long id);

    @Query(value = "select count(*) from figure where attributed_source_id = :id", nativeQuery = true)
    long countFiguresAttributedTo(long id);

    // The moves below bump the rows' versions, so that a form still open on one of them cannot write the
    // merged source back.

    @Modifying(flushAutomatically = true)
    @Query(value = """
            update report set publisher_id = :survivor, version = version + 1, updated_at = now()
            where publisher_id = :merged""", nativeQuery = true)
    int moveReports(long merged, long survivor);

    @Modifying(flushAutomatically = true)
    @Query(value = """
            update assertion set origin_id = case when origin_id = :merged then :survivor else origin_id end,
                   version = version + 1
            where origin_id = :merged
               or id in (select assertion_id from assertion_via where source_id = :merged)""", nativeQuery = true)
    int moveAssertionOrigins(long merged, long survivor);

    @Modifying(flushAutomatically = true)
    @Query(value = "update assertion_via set source_id = :survivor where source_id = :merged", nativeQuery = true)
    int moveRelays(long merged, long survivor);

    @Modifying(flushAutomatically = true)
    @Query(value = """
            update figure set attributed_source_id = :survivor, version = version + 1, updated_at = now()
            where attributed_source_id = :merged""", nativeQuery = true)
    int moveFigureAttributions(long merged, long survivor);
}
