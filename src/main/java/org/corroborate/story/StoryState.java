package org.corroborate.story;

/** Editorial state of a story: draft → in review → approved → published. */
public enum StoryState {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED
}
