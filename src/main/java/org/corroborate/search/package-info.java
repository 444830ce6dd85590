/** Full-text search over stories, figures and reports, accent-folded, in French and English. */
@NullMarked
package org.corroborate.search;

import org.jspecify.annotations.NullMarked;
