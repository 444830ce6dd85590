package org.corroborate.review;

import java.util.List;
import java.util.Optional;
import org.corroborate.evidence.Evidence;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.figure.Figure;
import org.corroborate.story.Story;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Approvals, and the reads review needs of the story, its figures and what they rest on. */
interface ReviewRepository extends JpaRepository<Approval, Long> {

    Optional<Approval> findByFigureId(long figureId);

    List<Approval> findByStoryId(long storyId);

    @Query("select s from Story s where s.id = :id")
    Optional<Story> findStory(long id);

    @Query("select f from Figure f left join fetch f.attributedSource where f.id = :id")
    Optional<Figure> findFigure(long id);

    @Query("select f from Figure f left join fetch f.attributedSource where f.storyId = :storyId order by f.startOffset")
    List<Figure> findFiguresOfStory(long storyId);

    @Query("select e from Evidence e where e.figureId = :figureId order by e.assertionId")
    List<Evidence> findEvidence(long figureId);

    @Query("select r.title from Report r where r.id = :id")
    Optional<String> findReportTitle(long id);

    @Query("select r.status from StandingRecord r where r.figureId = :figureId")
    Optional<FigureStatus> findStatus(long figureId);
}
