/** Comments on stories and figures: threads, @mentions, edits and deletions by their authors only. */
@NullMarked
package org.corroborate.discussion;

import org.jspecify.annotations.NullMarked;
