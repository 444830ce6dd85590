/** Working together live: changes announced after commit, across app instances, and who is where. */
@NullMarked
package org.corroborate.collaboration;

import org.jspecify.annotations.NullMarked;
