package org.corroborate.collaboration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.corroborate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A story's live topic: features announce what they changed on a story ({@link StoryChange}), in the transaction
 * that changes it, and views follow the story (through {@link StoryFollowing}) to hear every committed change,
 * from this instance or another, inside their UI, where server push shows it in the browser.
 */
@Service
public class StoryWatch {

    private final LiveChannel channel;

    StoryWatch(LiveChannel channel) {
        this.channel = channel;
    }

    /** The name of a story's topic on the live channel. */
    public static String topic(long storyId) {
        return "story:" + storyId;
    }

    /** Announces a change on the story, delivered when the current transaction commits (never on rollback). */
    @PreAuthorize(Role.Names.CAN_READ)
    public void announce(long storyId, StoryChange change) {
        channel.announce(topic(storyId), change.wire());
    }

    /**
     * Calls {@code onChange} in {@code ui} with every change announced on the story, until the handle is closed or
     * the UI is gone (a page closed without its views being detached: the follower then lets go by itself rather than
     * failing on every later change).
     */
    @PreAuthorize(Role.Names.CAN_READ)
    public LiveChannel.Subscription follow(UI ui, long storyId, Consumer<StoryChange> onChange) {
        AtomicReference<LiveChannel.@Nullable Subscription> self = new AtomicReference<>();
        LiveChannel.Subscription subscription = channel.subscribe(topic(storyId), message -> {
            StoryChange change = StoryChange.read(message);
            if (change != null) {
                try {
                    ui.access(() -> onChange.accept(change));
                } catch (UIDetachedException gone) {
                    LiveChannel.Subscription own = self.get();
                    if (own != null) {
                        own.close();
                    }
                }
            }
        });
        self.set(subscription);
        return subscription;
    }
}
