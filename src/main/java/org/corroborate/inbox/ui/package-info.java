/** My queue, the notifications view, the notification bell and the assignee selector. */
@NullMarked
package org.corroborate.inbox.ui;

import org.jspecify.annotations.NullMarked;
