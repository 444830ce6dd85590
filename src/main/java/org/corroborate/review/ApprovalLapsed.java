package org.corroborate.review;

/** Published in the changing transaction when a figure's approval or rejection lapses; {@code decidedBy} decided it. */
public record ApprovalLapsed(long figureId, long storyId, String decidedBy, String lapsedBy) {
}
