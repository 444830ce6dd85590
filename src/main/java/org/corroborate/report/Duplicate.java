package org.corroborate.report;

/** A report already stored with the same address or the same text as one being added. */
public record Duplicate(ReportRef existing, Reason reason) {

    public enum Reason {
        SAME_URL, SAME_TEXT
    }
}
