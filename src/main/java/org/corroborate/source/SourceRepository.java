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
            + " 0L)"
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
}
