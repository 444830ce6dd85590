/** Who else is on the story, shown in its header. */
@NullMarked
package org.corroborate.collaboration.ui;

import org.jspecify.annotations.NullMarked;
