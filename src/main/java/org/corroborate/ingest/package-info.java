/** Reports from links and feeds: fetching pages safely, reading their main text and metadata, following feeds. */
@NullMarked
package org.corroborate.ingest;

import org.jspecify.annotations.NullMarked;
