package org.corroborate.inbox;

import com.vaadin.flow.component.UI;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Lets a view hear, inside its UI, whenever the current user's notifications change (on any instance). */
@Service
public class InboxWatch {

    private final LiveChannel channel;

    InboxWatch(LiveChannel channel) {
        this.channel = channel;
    }

    @PreAuthorize(Role.Names.CAN_READ)
    public LiveChannel.Subscription follow(UI ui, Runnable onChange) {
        return channel.subscribe(Notifier.topic(CurrentUser.username().orElseThrow()), message -> {
            if (Notifier.CHANGED.equals(message)) {
                ui.access(onChange::run);
            }
        });
    }
}
