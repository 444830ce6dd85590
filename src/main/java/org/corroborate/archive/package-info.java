/** What a report said when it was read, kept as WARC files (ISO 28500): fetched pages and pasted texts. */
@NullMarked
package org.corroborate.archive;

import org.jspecify.annotations.NullMarked;
