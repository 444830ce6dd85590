/** The app shell: the layout around every view (navigation, search field, notification bell, user menu). */
@NullMarked
package org.corroborate.shell;

import org.jspecify.annotations.NullMarked;
