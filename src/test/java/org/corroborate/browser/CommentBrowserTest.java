package org.corroborate.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.UUID;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two people, two browser contexts, one story: a comment the fact-checker sends shows up in the editor's page
 * within two seconds, without a reload (server push after the commit), with the mention highlighted, and the
 * editor's bell counts it. Typing a mention offers the name, and a click completes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommentBrowserTest {

    private static final double TWO_SECONDS = 2_000;
    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Test
    void aCommentMadeInOneBrowserAppearsInTheOtherWithinTwoSecondsWithoutReloading() {
        String base = "http://localhost:" + port;
        long storyId = system.call(() -> stories.create("Comment live " + UUID.randomUUID(), "fr",
                "Les frappes ont fait environ 12 morts à Maaret, selon l'OSDH."));
        Page factchecker = browser.newPage();
        Page editor = browser.newPage();
        BrowserSession.logIn(factchecker, base, "factchecker", "factchecker-demo");
        BrowserSession.logIn(editor, base, "editor", "editor-demo");
        factchecker.navigate(base + "/story/" + storyId);
        editor.navigate(base + "/story/" + storyId);
        // The comments on the story are the third tab under the text.
        openStoryComments(factchecker);
        openStoryComments(editor);
        factchecker.locator(".comment-thread .comment-editor").first().waitFor();
        Locator editorsThread = editor.locator(".comment-thread .comment-list").first();
        editorsThread.waitFor();
        assertThat(editorsThread.locator(".comment")).hasCount(0);
        String unreadBefore = editor.locator("#notification-bell .unread-count").isVisible()
                ? editor.locator("#notification-bell .unread-count").textContent().strip() : "0";
        String text = "@editor source du bilan ? " + UUID.randomUUID();

        Locator box = factchecker.locator(".comment-thread .comment-editor vaadin-text-area textarea").first();
        box.fill(text);
        factchecker.locator(".comment-thread .comment-editor .comment-send").first().click();

        assertThat(editorsThread.locator(".comment-body")).containsText(text,
                new LocatorAssertions.ContainsTextOptions().setTimeout(TWO_SECONDS));
        assertThat(editorsThread.locator(".comment-body .mention")).hasText("@editor",
                new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
        assertThat(editor.locator("#notification-bell .unread-count")).hasText(
                String.valueOf(Long.parseLong(unreadBefore) + 1),
                new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
        factchecker.context().close();
        editor.context().close();
    }

    @Test
    void typingAnAtAndLettersOffersTheNameAndAClickCompletesTheMention() {
        String base = "http://localhost:" + port;
        long storyId = system.call(() -> stories.create("Mention typing " + UUID.randomUUID(), "fr",
                "Les frappes ont fait environ 12 morts à Maaret, selon l'OSDH."));
        Page factchecker = browser.newPage();
        BrowserSession.logIn(factchecker, base, "factchecker", "factchecker-demo");
        factchecker.navigate(base + "/story/" + storyId);
        openStoryComments(factchecker);
        Locator editorBox = factchecker.locator(".comment-thread .comment-editor").first();
        editorBox.waitFor();

        Locator box = editorBox.locator("vaadin-text-area textarea");
        box.pressSequentially("Merci @ed");
        Locator offer = editorBox.locator(".mention-suggestion");
        assertThat(offer).hasText("@editor", new LocatorAssertions.HasTextOptions().setTimeout(TWO_SECONDS));
        offer.click();

        assertThat(box).hasValue("Merci @editor ", new LocatorAssertions.HasValueOptions().setTimeout(TWO_SECONDS));
        assertThat(editorBox.locator(".mention-suggestions")).isHidden();
        factchecker.context().close();
    }

    private static void openStoryComments(Page page) {
        page.locator(".story-lists vaadin-tab[data-list=comments]").click();
    }
}
