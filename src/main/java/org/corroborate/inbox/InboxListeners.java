package org.corroborate.inbox;

import org.corroborate.discussion.Mentioned;
import org.corroborate.review.ApprovalLapsed;
import org.corroborate.review.StorySubmitted;
import org.corroborate.security.Role;
import org.corroborate.security.UserService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens elsewhere into notifications, in the transaction that made it happen: a mention, a lapsed
 * approval (its approver is told), a story submitted for review (every editor is told it is ready for approval).
 */
@Component
class InboxListeners {

    private final Notifier notifier;
    private final UserService users;

    InboxListeners(Notifier notifier, UserService users) {
        this.notifier = notifier;
        this.users = users;
    }

    @EventListener
    void on(Mentioned mentioned) {
        mentioned.usernames().forEach(name -> notifier.tell(name, NotificationKind.MENTIONED, mentioned.storyId(),
                mentioned.figureId(), mentioned.by(), mentioned.excerpt()));
    }

    @EventListener
    void on(ApprovalLapsed lapsed) {
        if (users.isKnown(lapsed.decidedBy())) {
            notifier.tell(lapsed.decidedBy(), NotificationKind.APPROVAL_LAPSED, lapsed.storyId(), lapsed.figureId(),
                    lapsed.lapsedBy(), null);
        }
    }

    @EventListener
    void on(StorySubmitted submitted) {
        users.enabledLoginsWithRole(Role.EDITOR).forEach(editor -> notifier.tell(editor, NotificationKind.STORY_READY,
                submitted.storyId(), null, submitted.submittedBy(), null));
    }
}
