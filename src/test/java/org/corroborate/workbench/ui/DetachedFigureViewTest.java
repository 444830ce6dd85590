package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walker F32, in the story view: a figure whose words an edit took out says so in its panel, in French and English,
 * and is marked "detached" in words in the list; when its words are back in the text, the panel offers to anchor it to
 * them, and doing so marks it in the text again.
 */
@SpringBootTest
class DetachedFigureViewTest extends SpringBrowserlessTest {

    private static final String TEXT = "Les inondations ont fait au moins 73 morts dans l'est de la Libye, selon le "
            + "Croissant-Rouge. Quelque 30 000 personnes ont dû quitter leur maison.";
    private static final String REWRITTEN = "Les inondations ont fait des dizaines de morts dans l'est de la Libye, "
            + "selon le Croissant-Rouge. Quelque 30 000 personnes ont dû quitter leur maison.";

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Test
    @WithUserDetails("factchecker")
    void aDetachedFigureSaysSoInItsPanelAndCanBeAnchoredAgainWhenItsWordsAreBack() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        long[] ids = detachedFigure();
        StoryView view = open(ids);

        DetachedNotice notice = view.detachedNotice;
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.said.getText()).startsWith("Détaché").contains("au moins 73",
                "ne sont plus dans le texte de l'article", "n'est plus surligné", "caduque",
                "n'est pas dans le texte", "relancez l'extraction");
        assertThat(notice.reanchor.isVisible()).isFalse();

        system.run(() -> stories.editText(ids[0], stories.details(ids[0]).orElseThrow().version(), TEXT));
        view = open(ids);
        notice = view.detachedNotice;
        assertThat(notice.reanchor.isVisible()).isTrue();
        assertThat(notice.reanchor.getText()).isEqualTo("Rattacher à ses mots");

        test(notice.reanchor).click();

        assertThat(notice.isVisible()).isFalse();
        assertThat(view.text.shown()).extracting(m -> m.text()).contains("au moins 73");
        assertThat(stories.figure(ids[0], ids[1]).orElseThrow().detached()).isFalse();
        assertThat(stories.suggestions(ids[0])).as("the words are the figure, not a suggestion")
                .noneMatch(s -> s.quote().equals("au moins 73"));
    }

    @Test
    @WithUserDetails("factchecker")
    void inEnglishTheNoticeNamesTheWordsAndAnAnchoredFigureShowsNone() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        long[] ids = detachedFigure();

        DetachedNotice notice = open(ids).detachedNotice;

        assertThat(notice.said.getText()).startsWith("Detached: its words “au moins 73” are no longer in the "
                + "story's text, so it is not highlighted, and any approval given to it has lapsed.");

        long other = system.call(() -> stories.accept(ids[0], stories.suggestions(ids[0]).stream()
                .filter(s -> s.quote().contains("30 000")).findFirst().orElseThrow().id(), null));
        assertThat(open(new long[] {ids[0], other}).detachedNotice.isVisible()).isFalse();
    }

    /** A story whose accepted "au moins 73" an edit of the text detached: its id and the figure's. */
    private long[] detachedFigure() {
        return system.call(() -> {
            long storyId = stories.create("Libye " + UUID.randomUUID(), "fr", TEXT);
            long figureId = stories.accept(storyId, stories.suggestions(storyId).stream()
                    .filter(s -> s.quote().contains("73")).findFirst().orElseThrow().id(), null);
            stories.editText(storyId, stories.details(storyId).orElseThrow().version(), REWRITTEN);
            return new long[] {storyId, figureId};
        });
    }

    private StoryView open(long[] ids) {
        UI.getCurrent().navigate("story/" + ids[0], QueryParameters.of("figure", String.valueOf(ids[1])));
        return (StoryView) getCurrentView();
    }
}
