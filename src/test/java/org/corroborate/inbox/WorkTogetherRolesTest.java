package org.corroborate.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.corroborate.RunAs;
import org.corroborate.discussion.CommentService;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The role matrix of working together: every action of the comments and the inbox, called as every role, is
 * allowed or denied as the brief says (viewers read, and mark their own notifications read; they change nothing).
 */
@SpringBootTest
class WorkTogetherRolesTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> CHANGERS = EnumSet.of(Role.FACT_CHECKER, Role.EDITOR, Role.ADMIN);

    @Autowired CommentService comments;
    @Autowired InboxService inbox;
    @Autowired StoryService stories;
    @Autowired SystemAuthentication system;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void everyActionIsAllowedToExactlyTheRolesThatMayTakeIt() {
        long storyId = system.call(() -> stories.create("Roles " + UUID.randomUUID(), "fr", "Un texte, 12 morts."));
        long commentId = system.call(() -> comments.comment(storyId, null, "Pour répondre"));
        Map<String, Set<Role>> expected = new LinkedHashMap<>();
        Map<String, Runnable> actions = new LinkedHashMap<>();
        add(actions, expected, "CommentService.onStory", EVERYONE, () -> comments.onStory(storyId));
        add(actions, expected, "CommentService.mentionable", EVERYONE, comments::mentionable);
        add(actions, expected, "CommentService.comment", CHANGERS, () -> comments.comment(storyId, null, "Oui"));
        add(actions, expected, "CommentService.reply", CHANGERS, () -> comments.reply(commentId, "Réponse"));
        add(actions, expected, "InboxService.assign", CHANGERS, () -> inbox.assign(storyId, null, "editor"));
        add(actions, expected, "InboxService.assigneeOf", EVERYONE, () -> inbox.assigneeOf(storyId, null));
        add(actions, expected, "InboxService.assignable", EVERYONE, inbox::assignable);
        add(actions, expected, "InboxService.myQueue", EVERYONE, inbox::myQueue);
        add(actions, expected, "InboxService.notifications", EVERYONE, inbox::notifications);
        add(actions, expected, "InboxService.unreadCount", EVERYONE, inbox::unreadCount);
        add(actions, expected, "InboxService.markAllRead", EVERYONE, inbox::markAllRead);

        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            actions.forEach((name, action) -> {
                boolean allowed = allowed(role, action);
                if (allowed != expected.get(name).contains(role)) {
                    wrong.add(name + " as " + role + (allowed ? " allowed" : " denied"));
                }
            });
        }

        assertThat(wrong).isEmpty();
    }

    private static void add(Map<String, Runnable> actions, Map<String, Set<Role>> expected, String name,
            Set<Role> roles, Runnable action) {
        actions.put(name, action);
        expected.put(name, roles);
    }

    private boolean allowed(Role role, Runnable action) {
        String user = role == Role.FACT_CHECKER ? "factchecker" : role.name().toLowerCase();
        try {
            RunAs.as(security, user, role, action);
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }
}
