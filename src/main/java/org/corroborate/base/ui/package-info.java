/** Formats and components every feature's views use. */
@org.springframework.modulith.NamedInterface("ui")
@NullMarked
package org.corroborate.base.ui;

import org.jspecify.annotations.NullMarked;
