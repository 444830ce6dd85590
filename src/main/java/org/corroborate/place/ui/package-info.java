/** The place registry's views: list, register and edit places. */
@NullMarked
package org.corroborate.place.ui;

import org.jspecify.annotations.NullMarked;
