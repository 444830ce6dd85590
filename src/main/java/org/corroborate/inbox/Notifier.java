package org.corroborate.inbox;

import java.time.Clock;
import org.corroborate.collaboration.LiveChannel;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Stores a notification in the caller's transaction and announces it on the recipient's live topic, so that
 * their bell counts it once it is committed, on whichever instance they are.
 */
@Component
class Notifier {

    static final String CHANGED = "notifications";

    private final NotificationRepository notifications;
    private final LiveChannel channel;
    private final Clock clock = Clock.systemUTC();

    Notifier(NotificationRepository notifications, LiveChannel channel) {
        this.notifications = notifications;
        this.channel = channel;
    }

    static String topic(String username) {
        return "user:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    /** Tells {@code recipient}, unless they did it themselves. */
    void tell(String recipient, NotificationKind kind, long storyId, @Nullable Long figureId, String actor,
            @Nullable String excerpt) {
        if (recipient.equalsIgnoreCase(actor)) {
            return;
        }
        notifications.save(new Notification(recipient.toLowerCase(java.util.Locale.ROOT), kind, storyId, figureId, actor, excerpt, clock.instant()));
        changed(recipient);
    }

    /** The recipient's notifications changed (read, all read): their other tabs recount. */
    void changed(String recipient) {
        channel.announce(topic(recipient), CHANGED);
    }
}
