package org.corroborate.collaboration;

import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The one way a view follows the story it shows: held while the component is attached, moved when it shows another
 * story, closed when it is detached. {@code onChanges} runs in the UI with the changes announced on the story, those of one live round together
 * (see {@link StoryWatch}).
 */
public final class StoryFollowing {

    private final StoryWatch watch;
    private final Consumer<List<StoryChange>> onChanges;
    private long storyId = -1;
    private @Nullable UI ui;
    private LiveChannel.@Nullable Subscription subscription;

    public StoryFollowing(StoryWatch watch, Consumer<List<StoryChange>> onChanges) {
        this.watch = watch;
        this.onChanges = onChanges;
    }

    /** Follows only one aspect of the story (its assignments...): {@code onAspect} once per round it changed in. */
    public static StoryFollowing of(StoryWatch watch, StoryChange.Aspect aspect, Runnable onAspect) {
        return new StoryFollowing(watch, changes -> {
            if (changes.contains(aspect)) {
                onAspect.run();
            }
        });
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

    /** The component was detached: no more changes. */
    public void detached() {
        close();
        ui = null;
    }

    private void resubscribe() {
        close();
        if (ui != null && storyId >= 0) {
            subscription = watch.follow(ui, storyId, onChanges);
        }
    }

    private void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
