package org.corroborate.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.Figure;
import org.corroborate.report.Assertion;

/**
 * What the status engine reads of figures and assertions, which belong to the figure and report features: read
 * through their APIs ({@code FigureService}, {@code ReportService}), never with SQL of evidence's own (DD008). A
 * fragment of {@link EvidenceRepository}, implemented by {@link FiguresAndAssertionsImpl}.
 */
interface FiguresAndAssertions {

    /** The figure with its attributed source. */
    Optional<Figure> findFigure(long id);

    /** The story's figures with their sources, in text order. */
    List<Figure> findFiguresOfStory(long storyId);

    List<Long> findFigureIdsOfKinds(Collection<QuantityKind> kinds);

    /** The figures linked to an assertion the source originated or whose report it published. */
    List<Long> findFigureIdsLinkedToSource(long sourceId);

    /** The figures that have no stored standing yet. */
    List<Long> findFigureIdsWithoutStanding();

    List<Long> findFigureIdsAttributedTo(long sourceId);

    /** The assertions with their report, its publisher and their origin; unknown ids are left out. */
    List<Assertion> findAssertions(Collection<Long> ids);
}
