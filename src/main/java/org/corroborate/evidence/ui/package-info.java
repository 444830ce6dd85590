/** The figure panel, the standing summary, the conflicts view and the tolerance settings. */
@NullMarked
package org.corroborate.evidence.ui;

import org.jspecify.annotations.NullMarked;
