/** The app layout and the page for addresses that lead nowhere. */
@NullMarked
package org.corroborate.shell.ui;

import org.jspecify.annotations.NullMarked;
