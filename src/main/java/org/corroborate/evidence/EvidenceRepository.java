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

    Optional<Evidence> findByFigureIdAndAssertionId(long figureId, long assertionId);
}
