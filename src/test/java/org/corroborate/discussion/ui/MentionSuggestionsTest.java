package org.corroborate.discussion.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Typing "@" and the first letters of a name in a comment offers the people it can mean; a click completes it. */
@SpringBootTest
class MentionSuggestionsTest extends SpringBrowserlessTest {

    @Autowired StoryService stories;
    @Autowired SystemAuthentication system;

    @Test
    @WithUserDetails("factchecker")
    void typingAnAtAndLettersOffersTheMatchingPeopleAndAClickCompletesTheMention() {
        long storyId = system.call(() -> stories.create("Mentions " + UUID.randomUUID(), "fr", "Un texte, 12 morts."));
        navigate("story/" + storyId, Component.class);
        // The comments on the story are the third tab under its text.
        test($(com.vaadin.flow.component.tabs.Tabs.class).single()).select(2);
        CommentEditor editor = $(CommentThread.class).all().stream()
                .filter(CommentThread::onStory).findFirst().orElseThrow()
                .newComment;
        assertThat(editor.suggestions.isVisible()).isFalse();

        editor.text.setValue("Peux-tu vérifier, @Ed");
        assertThat(editor.suggestions.isVisible()).isTrue();
        assertThat(editor.offered()).containsExactly("editor");

        test((Button) editor.suggestions.getComponentAt(0)).click();
        assertThat(editor.text.getValue()).isEqualTo("Peux-tu vérifier, @editor ");
        assertThat(editor.suggestions.isVisible()).isFalse();

        editor.text.setValue("écrire à editor@exa");
        assertThat(editor.suggestions.isVisible()).as("an e-mail address is no mention").isFalse();
        editor.text.setValue("@zz");
        assertThat(editor.suggestions.isVisible()).as("nobody's name starts with zz").isFalse();
    }
}
