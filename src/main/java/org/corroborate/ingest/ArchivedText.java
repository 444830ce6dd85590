package org.corroborate.ingest;

import org.corroborate.archive.ArchiveSummary;

/** An archived copy read again: what it is, and the whole of what it holds as plain text. */
public record ArchivedText(ArchiveSummary summary, String text) {
}
