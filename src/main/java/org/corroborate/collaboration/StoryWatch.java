package org.corroborate.collaboration;

import com.vaadin.flow.component.UI;
import java.util.function.LongConsumer;
import org.corroborate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Lets a view follow a story: every committed change to the story's figures (from this instance or
 * another) calls back inside the view's UI, and server push shows it in the browser.
 */
@Service
public class StoryWatch {

    private final LiveChannel channel;

    StoryWatch(LiveChannel channel) {
        this.channel = channel;
    }

    /** The live topic of a story, for features that announce their own changes on it ("comments"). */
    public static String topic(long storyId) {
        return StoryActivity.topic(storyId);
    }

    /**
     * Calls {@code onFigureChanged} with the changed figure's id, and {@code onPresenceChanged} when someone
     * comes, goes or moves, both in {@code ui}, until the handle is closed.
     */
    @PreAuthorize(Role.Names.CAN_READ)
    public LiveChannel.Subscription follow(UI ui, long storyId, LongConsumer onFigureChanged,
            Runnable onPresenceChanged) {
        return channel.subscribe(StoryActivity.topic(storyId), message -> {
            if (message.startsWith("figure:")) {
                long figureId = Long.parseLong(message.substring("figure:".length()));
                ui.access(() -> onFigureChanged.accept(figureId));
            } else if (message.equals(StoryActivity.PRESENCE)) {
                ui.access(onPresenceChanged::run);
            }
        });
    }

    /**
     * Calls {@code onMessage} in {@code ui} whenever {@code message} (a feature's own, e.g. "comments") is announced
     * on the story's topic, until the handle is closed.
     */
    @PreAuthorize(Role.Names.CAN_READ)
    public LiveChannel.Subscription follow(UI ui, long storyId, String message, Runnable onMessage) {
        return channel.subscribe(StoryActivity.topic(storyId), heard -> {
            if (heard.equals(message)) {
                ui.access(onMessage::run);
            }
        });
    }
}
