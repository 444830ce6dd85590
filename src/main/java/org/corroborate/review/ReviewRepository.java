package org.corroborate.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Approvals: review's own table; what they rest on is read through the story, figure and evidence APIs. */
interface ReviewRepository extends JpaRepository<Approval, Long> {

    Optional<Approval> findByFigureId(long figureId);

    List<Approval> findByStoryId(long storyId);
}
