package org.corroborate.evidence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StandingRecordRepository extends JpaRepository<StandingRecord, Long> {

    List<StandingRecord> findByFigureIdIn(Collection<Long> figureIds);

    @Query("""
            select r from StandingRecord r
            where r.status = org.corroborate.evidence.domain.FigureStatus.CONTESTED
               or r.warningCodes <> '' or r.newerValueAvailable = true
            """)
    List<StandingRecord> findTroubled();
}
