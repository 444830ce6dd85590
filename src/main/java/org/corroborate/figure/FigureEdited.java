package org.corroborate.figure;

/**
 * Published when a figure's value, measure or attribution was corrected ({@code action} EDITED) or restored
 * to an earlier one (RESTORED), inside the transaction: its standing is derived again, the change recorded,
 * and an approval of the old value lapses. {@code before} and {@code after} are the values in one line.
 */
public record FigureEdited(long figureId, long storyId, String action, String before, String after) {
}
