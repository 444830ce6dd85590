/** Comments on stories and figures: threads, @mentions, edits and deletions by their authors only. */
package org.corroborate.discussion;
