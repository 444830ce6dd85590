package org.corroborate.report;

/**
 * Reads a web address into a report for the inbox: fetched, its main text taken out of the page, its metadata
 * read, its response archived (not stored yet). The ingest feature provides it; nothing is stored by reading.
 */
public interface LinkReader {

    /** @throws UnreadableLinkException saying why: a refused address, a timeout, a 404, too large, not text... */
    ReadLink read(String url);
}
