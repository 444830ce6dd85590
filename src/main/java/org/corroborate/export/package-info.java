/** Exports of a story's figures: CSV for spreadsheets, schema.org ClaimReview JSON-LD for publishing, a printable check sheet. */
@NullMarked
package org.corroborate.export;

import org.jspecify.annotations.NullMarked;
