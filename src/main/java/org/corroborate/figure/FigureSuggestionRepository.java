package org.corroborate.figure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FigureSuggestionRepository extends JpaRepository<FigureSuggestion, Long> {

    @Query("select s from FigureSuggestion s where s.storyId = :storyId order by s.startOffset")
    List<FigureSuggestion> findByStory(long storyId);

    @Query("select s from FigureSuggestion s where s.storyId = :storyId and s.state = :state order by s.startOffset")
    List<FigureSuggestion> findByStoryAndState(long storyId, SuggestionState state);

    /** Those that share characters with [start, end): found by the index, not by reading the story's thousands. */
    @Query("""
            select s from FigureSuggestion s where s.storyId = :storyId and s.state = :state
            and s.startOffset < :end and s.endOffset > :start order by s.startOffset""")
    List<FigureSuggestion> findOverlapping(long storyId, SuggestionState state, int start, int end);
}
