/** The source registry: who numbers come from, their aliases, party flag and reliability grade. */
@NullMarked
package org.corroborate.source;

import org.jspecify.annotations.NullMarked;
