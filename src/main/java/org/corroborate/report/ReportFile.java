package org.corroborate.report;

/** A file read for the add-report form: the title it suggests and its text, reduced to plain paragraphs. */
public record ReportFile(String title, String text) {
}
