/** Figures: the quantitative statements of a story, anchored to their text span. */
package org.corroborate.figure;
