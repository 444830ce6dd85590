package org.corroborate.extraction;

import java.math.BigDecimal;

/**
 * One figure found in a text.
 *
 * <p>{@code quote} is {@code text.substring(start, end)}: the qualifier, the number and its unit
 * ("plus de 370'000", "environ 260", "320 km2", "une quarantaine"). {@code low}/{@code high} are
 * the numbers as stated (null = open side, see {@link Qualifier}). {@code point} is the best
 * single value: the number itself for exact, approximate and nearly; the stated bound for the
 * one-sided qualifiers (more than, at least, less than, at most) and for vague ones (low); the
 * midpoint of a closed range. {@code unit} is a normalised code ("km2", "km", "%", "ha", "mi",
 * "m", "$", "€") or null for counts. {@code subject} is the counted noun phrase as written (may be
 * null); {@code period} the time phrase governing the figure (may be null); {@code attribution}
 * the sentence's source cue (may be null). {@code ambiguousNumber}: a number in it was written
 * "1,200" or "1.200" with no words around it to say whether the mark groups thousands or marks
 * decimals; it was read with the text's language and a person should check it.
 */
public record ExtractedFigure(int start, int end, String quote, Qualifier qualifier, BigDecimal low,
                              BigDecimal high, BigDecimal point, String unit, QuantityKind kind, String subject,
                              Span period, Attribution attribution, boolean ambiguousNumber) {
}
