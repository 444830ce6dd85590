package org.corroborate.evidence;

/** Published after a figure's evidence or derived standing changed, for views to refresh. */
public record EvidenceChanged(long figureId, long storyId) {
}
