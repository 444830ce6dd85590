/** Evidence: links from a figure to the assertions that support, contradict or give context to it. */
@NullMarked
package org.corroborate.evidence;

import org.jspecify.annotations.NullMarked;
