/** Who works on what: assignments, each person's queue, and the notifications they have in the app. */
@NullMarked
package org.corroborate.inbox;

import org.jspecify.annotations.NullMarked;
