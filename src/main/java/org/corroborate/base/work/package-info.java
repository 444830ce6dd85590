/**
 * Background work that leaves the cores to people: {@link UserActivity} knows whether someone used this instance a
 * moment ago, {@link Pace} rests a worker in proportion to the work it just did while someone does.
 */
@org.springframework.modulith.NamedInterface("work")
@NullMarked
package org.corroborate.base.work;

import org.jspecify.annotations.NullMarked;
