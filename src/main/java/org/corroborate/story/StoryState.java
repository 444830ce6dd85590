package org.corroborate.story;

/** Editorial state of a story: draft → in review → approved → published. */
public enum StoryState {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED;

    /** A published story's text and figures are locked until an editor reopens it. The one place that says so. */
    public boolean locked() {
        return this == PUBLISHED;
    }

    /** A story in review waits for its figures to be decided (approved or rejected). The one place that says so. */
    public boolean awaitsDecisions() {
        return this == IN_REVIEW;
    }
}
