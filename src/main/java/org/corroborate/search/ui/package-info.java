/** The search results view. */
@NullMarked
package org.corroborate.search.ui;

import org.jspecify.annotations.NullMarked;
