/** The pages for feeds, fetch settings and a report's archived copy. */
@NullMarked
package org.corroborate.ingest.ui;

import org.jspecify.annotations.NullMarked;
