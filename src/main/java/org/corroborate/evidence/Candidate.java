package org.corroborate.evidence;

import org.corroborate.evidence.domain.StatedAssertion;

/** A candidate assertion as read in one query: what the ranker needs, and what a suggestion row shows. */
record Candidate(long id, long reportId, String reportTitle, String display, StatedAssertion stated) {
}
