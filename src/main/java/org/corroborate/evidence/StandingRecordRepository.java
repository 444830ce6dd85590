package org.corroborate.evidence;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StandingRecordRepository extends JpaRepository<StandingRecord, Long> {

    List<StandingRecord> findByFigureIdIn(Collection<Long> figureIds);
}
