/** Exports of a story's figures: CSV for spreadsheets, schema.org ClaimReview JSON-LD for publishing. */
package org.corroborate.api.export;
