package org.corroborate.report;

/** How far an import is: non-blank lines read so far, reports stored (committed) and lines rejected. */
public record ImportProgress(int read, int stored, int rejected) {
}
