/**
 * The place registry (names, aliases in both languages and transliterations, the place a place lies within) and the
 * reading of where and when a figure or an assertion counts: its event's scope (DD011).
 */
@NullMarked
package org.corroborate.place;

import org.jspecify.annotations.NullMarked;
