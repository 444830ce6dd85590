package org.corroborate.figure;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FigureRepository extends JpaRepository<Figure, Long> {

    @Query("select f from Figure f left join fetch f.attributedSource where f.storyId = :storyId order by f.startOffset")
    List<Figure> findByStory(long storyId);

    @Query("select f from Figure f left join fetch f.attributedSource where f.id = :id")
    Optional<Figure> findWithSource(long id);

    boolean existsByStoryIdAndStartOffsetAndDetachedFalse(long storyId, int startOffset);
}
