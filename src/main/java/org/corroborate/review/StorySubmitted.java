package org.corroborate.review;

/** Published in the submitting transaction when a story goes from draft to in review: it is ready for approval. */
public record StorySubmitted(long storyId, String submittedBy) {
}
