package org.corroborate.extraction;

import java.math.BigDecimal;

/**
 * A number as written in the text: digits, words or both. {@code end} is exclusive and
 * {@code text} equals {@code input.substring(start, end)}.
 */
public record NumberMention(int start, int end, String text, BigDecimal value) {
}
