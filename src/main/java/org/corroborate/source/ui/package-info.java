/** Views of the source registry: list, register, edit, merge. */
@NullMarked
package org.corroborate.source.ui;

import org.jspecify.annotations.NullMarked;
