package org.corroborate.report;

/** A stored report in a few words: what a duplicate points to. */
public record ReportRef(Long id, String title) {
}
