package org.corroborate.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SecuredBrowserlessApplicationContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.corroborate.collaboration.LiveChannel;
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

        awaitPush(editor, heard, () -> thread(editor).items().size() == 1);
        assertThat(thread(editor).items()).extracting(CommentItem::text).containsExactly("Source de ce bilan ?");
        assertThat(thread(editor).items().get(0).edit.isVisible()).as("someone else's comment: no edit").isFalse();
        assertThat(thread(factchecker).items().get(0).edit.isVisible()).as("own comment: edit").isTrue();
    }

    @Test
    void aCommentBySomeoneElseAddsOneItemAndLeavesTheItemsShownAsTheyWere() throws Exception {
        BrowserlessUIContext factchecker = open("factchecker", "FACT_CHECKER");
        BrowserlessUIContext editor = open("editor", "EDITOR");
        BlockingQueue<String> heard = listen(StoryWatch.topic(storyId));
        write(editor, "Premier");
        write(editor, "Deuxième");
        List<CommentItem> before = thread(editor).items();
        assertThat(before).hasSize(2);
        heard.clear();

        write(factchecker, "Troisième, d'une autre personne");

        awaitPush(editor, heard, () -> thread(editor).items().size() == 3);
        List<CommentItem> after = thread(editor).items();
        assertThat(after).extracting(CommentItem::text)
                .containsExactly("Premier", "Deuxième", "Troisième, d'une autre personne");
        assertThat(after.get(0)).as("not redrawn").isSameAs(before.get(0));
        assertThat(after.get(1)).as("not redrawn").isSameAs(before.get(1));
        assertThat(thread(editor).title.getText()).contains("3");
    }

    @Test
    void aReplyBySomeoneElseGoesUnderItsCommentAndAnEditRedrawsOnlyThatComment() throws Exception {
        BrowserlessUIContext factchecker = open("factchecker", "FACT_CHECKER");
        BrowserlessUIContext editor = open("editor", "EDITOR");
        BlockingQueue<String> heard = listen(StoryWatch.topic(storyId));
        write(editor, "Question");
        write(editor, "Autre sujet");
        awaitPush(factchecker, heard, () -> thread(factchecker).items().size() == 2);
        List<CommentItem> before = thread(editor).items();
        heard.clear();

        factchecker.activate();
        CommentItem question = thread(factchecker).items().get(0);
        factchecker.test(question.reply).click();
        question.editor.text.setValue("Réponse");
        factchecker.test(question.editor.send).click();

        awaitPush(editor, heard, () -> thread(editor).items().size() == 3);
        assertThat(thread(editor).items()).extracting(item -> item.text() + "/" + item.row().depth())
                .containsExactly("Question/0", "Réponse/1", "Autre sujet/0");
        assertThat(thread(editor).items().get(2)).isSameAs(before.get(1));
        heard.clear();

        editor.activate();
        CommentItem other = thread(editor).items().get(2);
        editor.test(other.edit).click();
        other.editor.text.setValue("Autre sujet, précisé");
        editor.test(other.editor.send).click();

        awaitPush(factchecker, heard, () -> thread(factchecker).items().get(2).text().equals("Autre sujet, précisé"));
        assertThat(thread(factchecker).items()).extracting(CommentItem::text)
                .containsExactly("Question", "Réponse", "Autre sujet, précisé");
        assertThat(thread(factchecker).items().get(2).edit.isVisible()).as("someone else's: no edit").isFalse();
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

        awaitPush(editor, heard, () -> editorsThread.items().size() == 1);
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

        awaitPush(editor, story, () -> thread(editor).items().size() == 1);
        awaitPush(editor, editorsInbox, () -> bell(editor).unread() == editorUnread + 1);
        awaitIn(admin, () -> thread(admin).items().size() == 1);
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

        awaitPush(factchecker, story, () -> thread(factchecker).items().size() == 2);
        awaitIn(admin, () -> thread(admin).items().size() == 2);
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
                .filter(CommentThread::onStory).findFirst().orElseThrow();
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

    /**
     * Waits until a change was announced on the topic, then runs the window's pending push tasks (what the live round
     * queued with {@code ui.access}) until {@code done}.
     */
    private static void awaitPush(BrowserlessUIContext window, BlockingQueue<String> heard, BooleanSupplier done)
            throws InterruptedException {
        assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).as("announcement").isNotNull();
        awaitIn(window, done);
    }

    /** Runs the window's pending push tasks until {@code done}, for at most {@link #WAIT_SECONDS}. */
    private static void awaitIn(BrowserlessUIContext window, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            pushAgain(window);
            window.activate();
            if (done.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("waited for the live update").isLessThan(deadline);
            Thread.onSpinWait();
        }
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
