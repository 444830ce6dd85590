package org.corroborate.report;

/** A file read for the inbox: the title it suggests and its text, reduced to plain paragraphs. */
public record ReportFile(String title, String text) {
}
