/** The comment thread, its items and the comment box with mention suggestions. */
@NullMarked
package org.corroborate.discussion.ui;

import org.jspecify.annotations.NullMarked;
