package org.corroborate.figure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FigureRevisionRepository extends JpaRepository<FigureRevision, Long> {

    @Query("select r from FigureRevision r where r.figureId = :figureId order by r.id desc")
    List<FigureRevision> findByFigure(long figureId);
}
