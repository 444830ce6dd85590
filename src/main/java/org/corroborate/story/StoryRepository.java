package org.corroborate.story;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoryRepository extends JpaRepository<Story, Long> {

    @Query("""
            select new org.corroborate.story.StorySummary(s.id, s.title, s.language, s.state,
                   (select count(f) from Figure f where f.storyId = s.id), s.updatedAt)
            from Story s
            where :filter = '' or lower(s.title) like concat('%', :filter, '%')
            """)
    List<StorySummary> findSummaries(String filter, Pageable pageable);

    @Query("select count(s) from Story s where :filter = '' or lower(s.title) like concat('%', :filter, '%')")
    long countSummaries(String filter);

    Optional<Story> findFirstByTitle(String title);
}
