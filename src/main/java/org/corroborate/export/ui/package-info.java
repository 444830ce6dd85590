/** The printable check sheet of a story. */
@NullMarked
package org.corroborate.export.ui;

import org.jspecify.annotations.NullMarked;
