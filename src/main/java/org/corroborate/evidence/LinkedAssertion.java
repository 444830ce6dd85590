package org.corroborate.evidence;

import java.time.Instant;
import org.corroborate.evidence.domain.Relation;

/** One evidence link of a figure as other features read it: which assertion, how, who linked it and when. */
public record LinkedAssertion(long assertionId, Relation relation, String linkedBy, Instant linkedAt) {
}
