package org.corroborate.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Approvals: review's own table; what they rest on is read through the story, figure and evidence APIs. */
interface ReviewRepository extends JpaRepository<Approval, Long> {

    Optional<Approval> findByFigureId(long figureId);

    List<Approval> findByStoryId(long storyId);

    List<Approval> findByFigureIdIn(Collection<Long> figureIds);

    /** Pairs of story id and figure id of the decisions in this state. */
    @Query("select a.storyId, a.figureId from Approval a where a.decision = :decision")
    List<Object[]> findStoryAndFigureIdsWithDecision(Decision decision);
}
