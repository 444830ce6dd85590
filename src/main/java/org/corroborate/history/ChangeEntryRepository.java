package org.corroborate.history;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    @Query("select c from ChangeEntry c where c.storyId = :storyId order by c.id desc")
    List<ChangeEntry> findHistory(long storyId);

    @Query("select c from ChangeEntry c where c.entityType = 'FIGURE' and c.entityId = :figureId order by c.id desc")
    List<ChangeEntry> findFigureHistory(long figureId);

    @Query("select c from ChangeEntry c where c.entityType = :entityType and c.entityId = :entityId order by c.id desc")
    List<ChangeEntry> findEntityHistory(String entityType, long entityId);

    @Query("""
            select c from ChangeEntry c
            where c.entityType = 'FIGURE' and c.entityId = :figureId and c.action in :actions
            order by c.id desc
            """)
    List<ChangeEntry> findLatest(long figureId, Collection<String> actions, Limit limit);

    @Query("""
            select c from ChangeEntry c
            where c.entityType = 'FIGURE' and c.entityId in :figureIds and c.action in :actions
            """)
    List<ChangeEntry> findOfFigures(Collection<Long> figureIds, Collection<String> actions);
}
