/** Evidence: links from a figure to the assertions that support, contradict or give context to it. */
package org.corroborate.evidence;
