/** Figures: the quantitative statements of a story, anchored to their text span. */
@NullMarked
package org.corroborate.figure;

import org.jspecify.annotations.NullMarked;
