/** Editorial review: editors approve or reject figures, move stories to approved and published, and the history. */
package org.corroborate.review;
