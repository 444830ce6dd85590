package org.corroborate.source;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findByKey(String key);

    @Query("""
            select new org.corroborate.source.SourceSummary(s.id, s.key, s.name, s.kind, s.party, s.reliability,
                   (select count(r) from Report r where r.publisher = s))
            from Source s
            where :filter = '' or lower(s.name) like concat('%', :filter, '%')
               or exists (select 1 from Source s2 join s2.aliases a where s2 = s and lower(a) like concat('%', :filter, '%'))
            """)
    List<SourceSummary> findSummaries(String filter, Pageable pageable);

    @Query("""
            select count(s) from Source s
            where :filter = '' or lower(s.name) like concat('%', :filter, '%')
               or exists (select 1 from Source s2 join s2.aliases a where s2 = s and lower(a) like concat('%', :filter, '%'))
            """)
    long countSummaries(String filter);
}
