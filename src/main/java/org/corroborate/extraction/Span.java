package org.corroborate.extraction;

/** A stretch of the input: char offsets, end exclusive, and the text as written. */
public record Span(int start, int end, String text) {
}
