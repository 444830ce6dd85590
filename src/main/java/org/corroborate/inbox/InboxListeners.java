package org.corroborate.inbox;

import org.corroborate.discussion.Mentioned;
import org.corroborate.review.ApprovalLapsed;
import org.corroborate.review.StorySubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns what happens elsewhere into notifications, in the transaction that made it happen: a mention, a lapsed
 * approval (its approver is told), a story submitted for review (every editor is told it is ready for approval).
 */
@Component
class InboxListeners {

    private final Notifier notifier;
    private final JdbcTemplate jdbc;

    InboxListeners(Notifier notifier, JdbcTemplate jdbc) {
        this.notifier = notifier;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(Mentioned mentioned) {
        mentioned.usernames().forEach(name -> notifier.tell(name, NotificationKind.MENTIONED, mentioned.storyId(),
                mentioned.figureId(), mentioned.by(), mentioned.excerpt()));
    }

    @EventListener
    void on(ApprovalLapsed lapsed) {
        Boolean known = jdbc.queryForObject("select exists (select 1 from app_user where lower(username) = lower(?))",
                Boolean.class, lapsed.decidedBy());
        if (Boolean.TRUE.equals(known)) {
            notifier.tell(lapsed.decidedBy(), NotificationKind.APPROVAL_LAPSED, lapsed.storyId(), lapsed.figureId(),
                    lapsed.lapsedBy(), null);
        }
    }

    @EventListener
    void on(StorySubmitted submitted) {
        jdbc.queryForList("select username from app_user where role = 'EDITOR' and enabled order by username",
                String.class).forEach(editor -> notifier.tell(editor, NotificationKind.STORY_READY,
                submitted.storyId(), null, submitted.submittedBy(), null));
    }
}
