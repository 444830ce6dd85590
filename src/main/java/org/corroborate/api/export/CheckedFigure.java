package org.corroborate.api.export;

import java.util.List;
import org.corroborate.evidence.FigurePanelData.Standing;
import org.corroborate.figure.FigureRow;

/**
 * A figure of a story with how it stands, as the exports write it: the figure, its standing, the origins of
 * the assertions that support it, and the sentence of the story it stands in.
 */
record CheckedFigure(FigureRow figure, Standing standing, List<String> supportingOrigins, String sentence) {
}
