package org.corroborate.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
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

    /** One "IMPORTED" line per report, in one statement (an import writes hundreds of reports per batch). */
    @Modifying
    @Query(value = """
            insert into change_log (story_id, entity_type, entity_id, action, after_value, changed_by, changed_at)
            select null, 'REPORT', r.id, 'IMPORTED', r.title, :by, :at from report r where r.id in (:reportIds)
            """, nativeQuery = true)
    int recordImported(Collection<Long> reportIds, String by, Instant at);
}
