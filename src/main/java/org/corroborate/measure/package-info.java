/**
 * What figures and assertions state: the {@link org.corroborate.measure.Measure} they count (kind, subject,
 * place, period) and the {@link org.corroborate.measure.Quantity} as stated (qualifier, low, high, unit). Shared by
 * the figure, report and evidence features; see docs/GLOSSARY.md.
 */
@NullMarked
package org.corroborate.measure;

import org.jspecify.annotations.NullMarked;
