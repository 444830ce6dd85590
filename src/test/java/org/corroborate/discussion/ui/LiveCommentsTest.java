package org.corroborate.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.discussion.CommentService;
import org.corroborate.inbox.ui.NotificationBell;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Several people on one story at once, each in a session of their own: what one writes appears in the others'
 * open story views once the change is committed and the push reaches them, and the person mentioned sees their
 * unread count go up.
 */
@SpringBootTest
class LiveCommentsTest {

    private static final long WAIT_SECONDS = 10;

    @Autowired ApplicationContext spring;
    @Autowired StoryService stories;
    @Autowired SystemAuthentication system;
    @Autowired LiveChannel channel;

    SecuredBrowserlessApplicationContext<org.springframework.security.core.Authentication> app;
    long storyId;

    @BeforeEach
    void aStoryAndAnApp() {
        storyId = system.call(() -> stories.create("Live comments " + UUID.randomUUID(), "fr",
                "Les frappes ont fait environ 12 morts à Maaret, selon l'OSDH."));
        app = SpringBrowserlessApplicationContext.createSecured(spring, "org.corroborate");
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    @Test
    void aCommentByOnePersonAppearsInTheOthersOpenStoryViewAfterThePush() throws Exception {
        BrowserlessUIContext factchecker = open("factchecker", "FACT_CHECKER");
        BrowserlessUIContext editor = open("editor", "EDITOR");
        assertThat(thread(editor).items()).isEmpty();
        BlockingQueue<String> heard = listen(StoryWatch.topic(storyId));

        write(factchecker, "Source de ce bilan ?");

        awaitPush(editor, heard, StoryChange.Aspect.COMMENTS.wire());
        assertThat(thread(editor).items()).extracting(CommentItem::text).containsExactly("Source de ce bilan ?");
        assertThat(thread(editor).items().get(0).edit.isVisible()).as("someone else's comment: no edit").isFalse();
        assertThat(thread(factchecker).items().get(0).edit.isVisible()).as("own comment: edit").isTrue();
    }

    @Test
    void aCommentArrivingWhileTheCommentsTabIsHiddenIsInTheThreadWhenItIsShownAgain() throws Exception {
        BrowserlessUIContext factchecker = open("factchecker", "FACT_CHECKER");
        BrowserlessUIContext editor = open("editor", "EDITOR");
        CommentThread editorsThread = thread(editor); // the tab made it
        editor.test(editor.find(com.vaadin.flow.component.tabs.Tabs.class).single()).select(0);
        assertThat(editorsThread.getParent().orElseThrow().isVisible()).as("hidden behind the figures").isFalse();
        BlockingQueue<String> heard = listen(StoryWatch.topic(storyId));

        write(factchecker, "Bilan confirmé ?");

        awaitPush(editor, heard, StoryChange.Aspect.COMMENTS.wire());
        assertThat(editorsThread.items()).as("followed while hidden").extracting(CommentItem::text)
                .containsExactly("Bilan confirmé ?");
        assertThat(thread(editor)).as("the same thread, shown again").isSameAs(editorsThread);
    }

    @Test
    void threePeopleSeeEachOthersCommentsAndTheOneMentionedIsNotified() throws Exception {
        BrowserlessUIContext factchecker = open("factchecker", "FACT_CHECKER");
        BrowserlessUIContext editor = open("editor", "EDITOR");
        BrowserlessUIContext admin = open("admin", "ADMIN");
        long editorUnread = bell(editor).unread();
        long adminUnread = bell(admin).unread();
        BlockingQueue<String> story = listen(StoryWatch.topic(storyId));
        BlockingQueue<String> editorsInbox = listen("user:editor");

        write(factchecker, "@editor peux-tu valider ce chiffre ?");

        awaitPush(editor, story, StoryChange.Aspect.COMMENTS.wire());
        awaitPush(editor, editorsInbox, "notifications");
        pushAgain(admin);
        for (BrowserlessUIContext other : new BrowserlessUIContext[] {editor, admin}) {
            other.activate();
            assertThat(thread(other).items()).extracting(CommentItem::text)
                    .containsExactly("@editor peux-tu valider ce chiffre ?");
        }
        editor.activate();
        assertThat(find(thread(editor).items().get(0).body, "mention")).isTrue();
        assertThat(bell(editor).unread()).isEqualTo(editorUnread + 1);
        admin.activate();
        assertThat(bell(admin).unread()).isEqualTo(adminUnread);

        editor.activate();
        CommentItem first = thread(editor).items().get(0);
        editor.test(first.reply).click();
        first.editor.text.setValue("Oui, je regarde");
        editor.test(first.editor.send).click();

        awaitPush(factchecker, story, StoryChange.Aspect.COMMENTS.wire());
        pushAgain(admin);
        for (BrowserlessUIContext other : new BrowserlessUIContext[] {factchecker, admin}) {
            other.activate();
            assertThat(thread(other).items()).extracting(item -> item.row().depth()).containsExactly(0, 1);
        }
    }

    private BrowserlessUIContext open(String username, String role) {
        BrowserlessUIContext window = app.newUser(username, role).newWindow();
        window.navigate("story/" + storyId, Component.class);
        return window;
    }

    private void write(BrowserlessUIContext window, String text) {
        window.activate();
        CommentThread thread = thread(window);
        thread.newComment.text.setValue(text);
        window.test(thread.newComment.send).click();
    }

    private static CommentThread thread(BrowserlessUIContext window) {
        window.activate();
        // The comments on the story are the third tab under its text.
        window.test(window.find(com.vaadin.flow.component.tabs.Tabs.class).single()).select(2);
        return window.find(CommentThread.class).all().stream()
                .filter(t -> t.discussion() != null && t.discussion().figureId() == null).findFirst().orElseThrow();
    }

    private static NotificationBell bell(BrowserlessUIContext window) {
        window.activate();
        return window.find(NotificationBell.class).single();
    }

    private static boolean find(com.vaadin.flow.component.Component parent, String className) {
        return parent.getElement().getChildren().anyMatch(e -> e.getClassList().contains(className));
    }

    /** Subscribes after the views did: once this hears a message, their UI.access tasks are queued. */
    private BlockingQueue<String> listen(String topic) {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        LiveChannel.Subscription subscription = channel.subscribe(topic, heard::add);
        subscriptions.add(subscription);
        return heard;
    }

    private final java.util.List<LiveChannel.Subscription> subscriptions = new java.util.ArrayList<>();

    @AfterEach
    void unsubscribe() {
        subscriptions.forEach(LiveChannel.Subscription::close);
    }

    /** Waits until the change was announced, then runs the window's pending UI tasks, as server push would. */
    private static void awaitPush(BrowserlessUIContext window, BlockingQueue<String> heard, String message)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String got;
        do {
            got = heard.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (got != null && !got.equals(message));
        assertThat(got).as("announcement").isEqualTo(message);
        pushAgain(window);
    }

    private static void pushAgain(BrowserlessUIContext window) {
        window.activate();
        VaadinSession session = window.getUI().getSession();
        session.lock();
        try {
            session.getService().runPendingAccessTasks(session);
        } finally {
            session.unlock();
        }
    }
}
