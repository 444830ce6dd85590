package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.stream.IntStream;
import org.corroborate.demo.DemoScenario;
import org.corroborate.figure.FigureRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
class StoryViewsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("factchecker")
    void theStoryListShowsTheSeedStory() {
        StoryListView list = navigate(StoryListView.class);

        var grid = test(list.grid);
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).title()))
                .contains(DemoScenario.SEED_TITLE);
    }

    @Test
    @WithUserDetails("factchecker")
    void theSeedStoryViewListsItsNineFigures() {
        StoryView view = navigate(StoryView.class, seedStoryId());

        assertThat(test(view.figures).size()).isEqualTo(9);
        assertThat(IntStream.range(0, 9).mapToObj(i -> test(view.figures).getRow(i).quote()))
                .contains("320 km2", "environ 260 morts", "plus de 370'000 morts");
    }

    @Test
    @WithUserDetails("factchecker")
    void selectingAFigureInTheListSelectsItsSpanInTheText() {
        StoryView view = navigate(StoryView.class, seedStoryId());
        FigureRow first = test(view.figures).getRow(0);

        test(view.figures).select(0);

        assertThat(view.text.shownWithClass("selected")).singleElement()
                .satisfies(mark -> assertThat(mark.id()).isEqualTo(first.id()));
        assertThat(view.text.selected()).isEqualTo(first.id());
    }

    /**
     * Third walk, H22: the same text pasted twice made two stories without a word. Now the dialog says so and offers the
     * story already here; saving another stays possible (a second desk's version, a re-check).
     */
    @Test
    @WithUserDetails("factchecker")
    void theSameTextPastedAgainOffersTheStoryAlreadyHere() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        String text = "Floods in Beira have killed 42 people since Thursday, officials said. " + java.util.UUID.randomUUID();
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog first = (NewStoryDialog) $(Dialog.class).single();
        test(first.title).setValue("Beira floods");
        test(first.text).setValue(text);
        test(first.save).click();
        long firstId = jdbc.queryForObject("select id from story where body = ?", Long.class, text);

        StoryListView again = navigate(StoryListView.class);
        test(again.paste).click();
        NewStoryDialog second = $(Dialog.class).all().stream().filter(Dialog::isOpened)
                .map(NewStoryDialog.class::cast).findFirst().orElseThrow();
        test(second.title).setValue("Beira floods, again");
        test(second.text).setValue(text);
        test(second.save).click();
        roundTrip(); // the question is attached as the response goes out

        assertThat(second.sameText).isNotNull();
        assertThat(second.sameText.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from story where body = ?", Long.class, text))
                .as("nothing saved while the question is open").isEqualTo(1);
        test(second.sameText).confirm();
        assertThat(getCurrentView()).isInstanceOf(StoryView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("story/" + firstId);
        assertThat(jdbc.queryForObject("select count(*) from story where body = ?", Long.class, text)).isEqualTo(1);

        navigate(StoryListView.class);
        test(((StoryListView) getCurrentView()).paste).click();
        NewStoryDialog third = $(Dialog.class).all().stream().filter(Dialog::isOpened)
                .map(NewStoryDialog.class::cast).findFirst().orElseThrow();
        test(third.title).setValue("Beira floods, second desk");
        test(third.text).setValue(text);
        test(third.save).click();
        roundTrip();
        test(third.sameText).reject();
        assertThat(jdbc.queryForObject("select count(*) from story where body = ?", Long.class, text)).isEqualTo(2);
    }

    /** Third walk, H22: the language of a story about to be pasted was French in the English UI. */
    @Test
    @WithUserDetails("factchecker")
    void aStoryToPasteStartsInTheUisLanguage() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        assertThat(((NewStoryDialog) $(Dialog.class).single()).language.getValue()).isEqualTo("en");
        ((NewStoryDialog) $(Dialog.class).single()).close();

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        StoryListView liste = navigate(StoryListView.class);
        test(liste.paste).click();
        assertThat($(Dialog.class).all()).filteredOn(Dialog::isOpened).singleElement()
                .satisfies(d -> assertThat(((NewStoryDialog) d).language.getValue()).isEqualTo("fr"));
    }

    /** Walk G12: "03/12/2026" typed in the English UI of a British browser was 12 March 2026, without a word. */
    @Test
    @WithUserDetails("factchecker")
    void theAlreadyPublishedFieldReadsTheDayFirstForABritishBrowserAndSpellsTheDateOut() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        com.vaadin.flow.server.WebBrowser browser = org.mockito.Mockito.spy(session.getBrowser());
        org.mockito.Mockito.doReturn(java.util.Locale.UK).when(browser).getLocale();
        session.setBrowser(browser);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();

        assertThat(dialog.published.getDatePickerI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(dialog.published.getDatePlaceholder()).isEqualTo("dd/mm/yyyy");
        dialog.published.setValue(java.time.LocalDateTime.of(2026, 12, 3, 9, 0));
        assertThat(dialog.published.getHelperText()).startsWith("Read as Thursday, 3 December 2026.");
    }

    @Test
    @WithUserDetails("factchecker")
    void anAmericanBrowserReadsTheMonthFirst() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        com.vaadin.flow.server.WebBrowser browser = org.mockito.Mockito.spy(session.getBrowser());
        org.mockito.Mockito.doReturn(java.util.Locale.US).when(browser).getLocale();
        session.setBrowser(browser);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();

        assertThat(dialog.published.getDatePickerI18n().getDateFormats()).startsWith("MM/dd/yyyy");
        assertThat(dialog.published.getDatePlaceholder()).isEqualTo("mm/dd/yyyy");
    }

    @Test
    @WithUserDetails("factchecker")
    void aPasteWithoutTitleOrTextShowsClearMessagesAndStoresNothing() {
        long storiesBefore = jdbc.queryForObject("select count(*) from story", Long.class);
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();

        test(dialog.save).click();

        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("The story needs a title.");
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(dialog.text.getErrorMessage()).isEqualTo("Paste the story's text: it cannot be empty.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from story", Long.class)).isEqualTo(storiesBefore);
    }

    @Test
    @WithUserDetails("factchecker")
    void aValidPasteStoresTheStoryAndOpensIt() {
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();
        test(dialog.title).setValue("Idleb : 300 morts");
        test(dialog.text).setValue("Plus de 300 morts en une semaine, selon l'OSDH.");

        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(StoryView.class);
        assertThat(jdbc.queryForObject("select count(*) from story where title = 'Idleb : 300 morts'", Long.class))
                .isPositive();
    }

    @Test
    @WithUserDetails("factchecker")
    void anEnglishStoryPastedUnderTheDefaultLanguageIsReadAsEnglish() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH); // a French desk: French first
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();
        assertThat(dialog.language.getValue()).isEqualTo("fr");
        test(dialog.title).setValue("Exodus from the city");
        test(dialog.text).setValue("More than 25,000 people fled the city on Tuesday, the UN said. "
                + "As many as 1,200 civilians may have died.");

        assertThat(dialog.language.getValue()).isEqualTo("en");
        assertThat(dialog.language.getHelperText()).isEqualTo("Détectée dans le texte\u00a0: Anglais");
        test(dialog.save).click();

        assertThat(jdbc.queryForObject("select language from story where title = 'Exodus from the city'", String.class))
                .isEqualTo("en");
        assertThat(jdbc.queryForList("select s.low from figure_suggestion s join story st on st.id = s.story_id "
                + "where st.title = 'Exodus from the city' and s.qualifier = 'MORE_THAN'", java.math.BigDecimal.class))
                .singleElement().satisfies(low -> assertThat(low).isEqualByComparingTo("25000"));
    }

    @Test
    @WithUserDetails("factchecker")
    void aLanguagePickedByHandStaysAndTheDialogSaysWhatTheTextLooksLike() {
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();
        test(dialog.text).setValue("More than 25,000 people fled the city on Tuesday, the UN said.");
        assertThat(dialog.language.getValue()).isEqualTo("en");
        test(dialog.language).selectItem("French");
        test(dialog.text).setValue("More than 25,000 people fled the city on Tuesday, the UN said. It was the largest exodus.");

        assertThat(dialog.language.getValue()).isEqualTo("fr");
        assertThat(dialog.language.getHelperText()).isEqualTo("The words of the text say English: check the language chosen.");
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheStoriesButCannotPasteOne() {
        StoryListView list = navigate(StoryListView.class);

        assertThat(test(list.grid).size()).isPositive();
        assertThat(list.paste.isVisible()).isFalse();
        assertThat($(Button.class).withText("Paste a story").exists()).isFalse();
    }

    private long seedStoryId() {
        return jdbc.queryForObject("select id from story where title = ?", Long.class, DemoScenario.SEED_TITLE);
    }
}
