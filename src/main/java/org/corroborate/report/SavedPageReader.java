package org.corroborate.report;

/**
 * Reads a web page saved to a file (an uploaded .html) as a fetched page is read: its main text without navigation,
 * its title and what its metadata says of its date and language (og:title, article:published_time...). The ingest
 * feature provides it; without it, an uploaded page is read as plain HTML.
 */
public interface SavedPageReader {

    /** The page as a report file; its text blank when the page has none. */
    ReportFile read(String fileName, byte[] html);
}
