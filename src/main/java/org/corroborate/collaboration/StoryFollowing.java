package org.corroborate.collaboration;

import com.vaadin.flow.component.UI;
import org.jspecify.annotations.Nullable;

/**
 * One component's subscription to a message on the topic of the story it shows: held while the component is
 * attached, moved when it shows another story, closed when it is detached. {@code onMessage} runs in the UI.
 */
public final class StoryFollowing {

    private final StoryWatch watch;
    private final String message;
    private final Runnable onMessage;
    private long storyId = -1;
    private @Nullable UI ui;
    private LiveChannel.@Nullable Subscription subscription;

    public StoryFollowing(StoryWatch watch, String message, Runnable onMessage) {
        this.watch = watch;
        this.message = message;
        this.onMessage = onMessage;
    }

    /** The component now shows this story. */
    public void story(long story) {
        if (story != storyId) {
            storyId = story;
            resubscribe();
        }
    }

    /** The component was attached to {@code attachedTo}. */
    public void attached(UI attachedTo) {
        ui = attachedTo;
        resubscribe();
    }

    /** The component was detached: no more messages. */
    public void detached() {
        close();
        ui = null;
    }

    private void resubscribe() {
        close();
        if (ui != null && storyId >= 0) {
            subscription = watch.follow(ui, storyId, message, onMessage);
        }
    }

    private void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
