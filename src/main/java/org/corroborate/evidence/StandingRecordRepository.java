package org.corroborate.evidence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandingRecordRepository extends JpaRepository<StandingRecord, Long> {

    /** Pairs of figure id and stored status, without loading the records. */
    @Query("select r.figureId, r.status from StandingRecord r where r.figureId in :figureIds")
    List<Object[]> findStatuses(Collection<Long> figureIds);
}
