/** The demo scenario (seed story, sources, reports) that a new user sees. */
@NullMarked
package org.corroborate.demo;

import org.jspecify.annotations.NullMarked;
