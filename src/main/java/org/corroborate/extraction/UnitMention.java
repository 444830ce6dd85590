package org.corroborate.extraction;

import java.math.BigDecimal;

/**
 * A number with its unit ("320 km2", "70 %", "15 kilomètres"). {@code unit} is a normalised code
 * ("km2", "km", "%", "ha", "mi", "m", "lb"...); percentages use "%".
 */
public record UnitMention(int start, int end, String text, BigDecimal value, String unit) {
}
