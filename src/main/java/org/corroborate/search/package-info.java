/** Full-text search over stories, figures and reports, accent-folded, in French and English. */
package org.corroborate.search;
