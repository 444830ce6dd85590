package org.corroborate.inbox;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    @Query("""
            select a from Assignment a where a.storyId = :storyId
            and ((:figureId is null and a.figureId is null) or a.figureId = :figureId)""")
    Optional<Assignment> findFor(long storyId, @Nullable Long figureId);
}
