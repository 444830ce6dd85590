/**
 * Editorial review: editors approve or reject figures (four eyes; a decision lapses when what it rests on changes)
 * and take stories through review; the story feature changes their state, the history feature keeps every step.
 */
@NullMarked
package org.corroborate.review;

import org.jspecify.annotations.NullMarked;
