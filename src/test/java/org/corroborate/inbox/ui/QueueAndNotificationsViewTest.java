package org.corroborate.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.UUID;
import org.corroborate.RunAs;
import org.corroborate.inbox.InboxService;
import org.corroborate.inbox.NotificationKind;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/** My queue shows what was assigned to me; the notifications list links to it, and after "mark all read" nothing is unread. */
@SpringBootTest
class QueueAndNotificationsViewTest extends SpringBrowserlessTest {

    @Autowired InboxService inbox;
    @Autowired StoryService stories;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("factchecker")
    void aStoryAssignedToMeIsInMyQueueAndItsNotificationCanBeMarkedRead() {
        long storyId = system.call(() -> stories.create("Queue " + UUID.randomUUID(), "fr", "Un texte, 12 morts."));
        asEditor(() -> inbox.assign(storyId, null, "factchecker"));

        QueueView queue = navigate(QueueView.class);
        assertThat(queue.assignedItems()).anySatisfy(item -> assertThat(item.storyId()).isEqualTo(storyId));

        NotificationsView list = navigate(NotificationsView.class);
        NotificationsView.Row row = list.rows.get(0);
        assertThat(row.notification.kind()).isEqualTo(NotificationKind.ASSIGNED);
        assertThat(row.link.getHref()).isEqualTo("story/" + storyId);
        assertThat(row.markRead.isVisible()).isTrue();
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.unread()).isPositive();

        test(list.markAllRead).click();
        roundTrip();

        assertThat(list.rows).allSatisfy(r -> assertThat(r.markRead.isVisible()).isFalse());
        bell.refresh();
        assertThat(bell.unread()).isZero();
    }

    private void asEditor(Runnable work) {
        RunAs.as(security, "editor", Role.EDITOR, work);
    }
}
