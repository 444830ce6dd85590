package org.corroborate.evidence;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where and when a figure counts, as its panel and the API show it: the place (with the places it lies within) and
 * the days, each with where it comes from ({@code figure}: its own words; {@code story}: inherited; {@code corrected}:
 * a fact-checker's; {@code unknown}), and the figure's version a correction must name.
 */
public record FigureScopeView(long figureId, long version, @Nullable Long placeId, @Nullable String place,
                              @Nullable LocalDate from, @Nullable LocalDate to, boolean periodStated,
                              String placeOrigin, String periodOrigin, @Nullable String correctedBy,
                              @Nullable Instant correctedAt) {
}
