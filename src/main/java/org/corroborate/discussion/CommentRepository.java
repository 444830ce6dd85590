package org.corroborate.discussion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c where c.storyId = :storyId and c.figureId is null order by c.id")
    List<Comment> findOnStory(long storyId);

    @Query("select c from Comment c where c.figureId = :figureId order by c.id")
    List<Comment> findOnFigure(long figureId);
}
