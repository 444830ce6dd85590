package org.corroborate.story;

/**
 * The story is published: its text is locked, like its figures, until an editor reopens it. Nothing changed.
 */
public class StoryPublishedException extends IllegalStateException {

    public StoryPublishedException(long storyId) {
        super("Story " + storyId + " is published: an editor reopens it before its text can change");
    }
}
