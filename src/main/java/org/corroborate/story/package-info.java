/** Stories: the pieces being checked, their text and editorial state. */
@NullMarked
package org.corroborate.story;

import org.jspecify.annotations.NullMarked;
