package org.corroborate.report;

/** A report that repeats one already stored; nothing was stored. */
public class DuplicateReportException extends IllegalStateException {

    private final Duplicate duplicate;

    public DuplicateReportException(Duplicate duplicate) {
        super("The report duplicates report " + duplicate.existing().id() + " (" + duplicate.existing().title()
                + "): " + duplicate.reason());
        this.duplicate = duplicate;
    }

    public Duplicate duplicate() {
        return duplicate;
    }
}
