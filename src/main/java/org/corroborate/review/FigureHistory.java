package org.corroborate.review;

import java.util.List;
import org.corroborate.figure.FigureRevisionRow;
import org.corroborate.history.HistoryEntry;

/**
 * A figure's history as its history view shows it: the values it has had (newest first, to restore one; a
 * restore names {@code version}) and every recorded change about it, newest first.
 */
public record FigureHistory(long figureId, long version, List<FigureRevisionRow> values, List<HistoryEntry> changes) {
}
