package org.corroborate.figure;

import java.time.Instant;

/**
 * One value a figure has had, newest first: how (ADDED, EDITED, RESTORED), the value in one line, who and when;
 * {@code current} is the value it has now (restoring it would change nothing).
 */
public record FigureRevisionRow(long id, String action, String summary, String by, Instant at, boolean current) {
}
