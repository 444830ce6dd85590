/** The review panel, the story's and a figure's history dialogs. */
@NullMarked
package org.corroborate.review.ui;

import org.jspecify.annotations.NullMarked;
