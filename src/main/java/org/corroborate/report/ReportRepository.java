package org.corroborate.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRepository extends JpaRepository<Report, Long> {

    boolean existsByExternalKey(String externalKey);

    Optional<Report> findByExternalKey(String externalKey);

    @Query("""
            select new org.corroborate.report.ReportSummary(r.id, r.title, p.name, r.publishedAt, r.language, r.url,
                   (select count(a) from Assertion a where a.report = r))
            from Report r join r.publisher p
            where :filter = '' or lower(r.title) like concat('%', :filter, '%') or lower(p.name) like concat('%', :filter, '%')
            """)
    List<ReportSummary> findSummaries(String filter, Pageable pageable);

    @Query("""
            select count(r) from Report r join r.publisher p
            where :filter = '' or lower(r.title) like concat('%', :filter, '%') or lower(p.name) like concat('%', :filter, '%')
            """)
    long countSummaries(String filter);

    @Query("select new org.corroborate.report.ReportRef(r.id, r.title) from Report r where r.urlKey = :urlKey order by r.id")
    List<ReportRef> findByUrlKey(String urlKey, Pageable first);

    @Query("select new org.corroborate.report.ReportRef(r.id, r.title) from Report r where r.textHash = :textHash order by r.id")
    List<ReportRef> findByTextHash(String textHash, Pageable first);

    @Query("select new org.corroborate.report.ReportRef(r.id, r.title) from Report r where r.id in :ids order by r.id")
    List<ReportRef> findRefs(java.util.Collection<Long> ids);

    @Query("select r from Report r where r.textHash is null")
    List<Report> findUnfingerprinted();

    @Query("select r from Report r join fetch r.publisher where r.id = :id")
    Optional<Report> findWithPublisher(long id);

    @Query("""
            select distinct a from Assertion a join fetch a.origin left join fetch a.via
            where a.report.id = :reportId order by a.position
            """)
    List<Assertion> findAssertions(long reportId);

    @Query("""
            select a from Assertion a join fetch a.report r join fetch r.publisher join fetch a.origin
            where a.id in :ids
            """)
    List<Assertion> findAssertionsWithSources(java.util.Collection<Long> ids);

    @Query("""
            select a.id from Assertion a
            where a.id in :ids and (a.origin.id = :sourceId or a.report.publisher.id = :sourceId)
            """)
    List<Long> findAssertionIdsFrom(long sourceId, java.util.Collection<Long> ids);
}
