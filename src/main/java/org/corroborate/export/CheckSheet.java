package org.corroborate.export;

import java.util.List;
import org.corroborate.story.StoryDetails;

/**
 * What a printed check sheet shows: the story, and its figures in text order, numbered from 1 in that order,
 * each with its standing, evidence and review.
 */
public record CheckSheet(StoryDetails story, List<ExportedFigure> figures) {

    /** The number a figure carries on the sheet and in the text's markers. */
    public int numberOf(ExportedFigure figure) {
        return figures.indexOf(figure) + 1;
    }
}
