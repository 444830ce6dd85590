package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.math.BigDecimal;
import java.util.UUID;
import java.util.stream.IntStream;
import org.corroborate.Unique;
import org.corroborate.base.ui.HighlightedText;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureRow;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The story view with the extraction engine wired in: suggestions, corrections, selected words, text edits. */
@SpringBootTest
class StoryFigureViewsTest extends SpringBrowserlessTest {

    private static final String TEXT = "En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH. "
            + "L'armée syrienne a affirmé avoir repris 320 km2.";

    @Autowired
    StoryService stories;

    @Autowired
    SystemAuthentication system;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("factchecker")
    void afterAPasteTheStoryViewShowsTheSuggestionsOutlinedInTheText() {
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();
        test(dialog.title).setValue(uniqueTitle());
        test(dialog.text).setValue(uniqueText()); // a text pasted before would be offered instead (walk3 H22)

        test(dialog.save).click();

        StoryView view = (StoryView) getCurrentView();
        assertThat(view.suggestions.items()).extracting(item -> item.row.quote())
                .containsExactly("environ 260", "320 km2");
        assertThat(view.text.shownWithClass("suggestion")).extracting(HighlightedText.Shown::text)
                .containsExactly("environ 260", "320 km2");
    }

    /**
     * Walk F16: a story filed days ago was dated "now", so every report of those days was "an earlier toll published
     * before the story"; a story that already ran is pasted with its time, and a time in the future is refused.
     */
    @Test
    @WithUserDetails("factchecker")
    void aStoryThatAlreadyRanIsPastedWithItsPublicationTime() {
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        NewStoryDialog dialog = (NewStoryDialog) $(Dialog.class).single();
        String title = uniqueTitle();
        test(dialog.title).setValue(title);
        test(dialog.text).setValue(uniqueText()); // a text pasted before would be offered instead (walk3 H22)
        dialog.published.setValue(java.time.LocalDateTime.of(2099, 3, 18, 9, 30));

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.published.isInvalid()).isTrue();
        assertThat(dialog.published.getErrorMessage()).startsWith("The publication date is in the future");
        assertThat(jdbc.queryForObject("select count(*) from story where title = ?", Long.class, title)).isZero();

        dialog.published.setValue(java.time.LocalDateTime.of(2019, 3, 18, 9, 30));
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(StoryView.class);
        assertThat(jdbc.queryForObject("select published_at from story where title = ?", java.sql.Timestamp.class,
                title).toInstant()).isEqualTo(java.time.Instant.parse("2019-03-18T09:30:00Z"));
    }

    @Test
    @WithUserDetails("factchecker")
    void acceptingASuggestionMovesItToTheFiguresList() {
        StoryView view = navigate(StoryView.class, newStory());

        test(suggestion(view, "320 km2").accept).click();

        assertThat(quotes(view)).containsExactly("320 km2");
        assertThat(view.suggestions.items()).extracting(item -> item.row.quote()).containsExactly("environ 260");
        assertThat(view.text.shownWithClass("suggestion")).hasSize(1);
    }

    @Test
    @WithUserDetails("factchecker")
    void dismissingASuggestionRemovesIt() {
        StoryView view = navigate(StoryView.class, newStory());

        test(suggestion(view, "environ 260").dismiss).click();

        assertThat(view.suggestions.items()).extracting(item -> item.row.quote()).containsExactly("320 km2");
        assertThat(test(view.figures).size()).isZero();
    }

    @Test
    @WithUserDetails("factchecker")
    void theCorrectionFormRefusesALowAboveTheHighWithAClearMessage() {
        StoryView view = navigate(StoryView.class, newStory());
        test(suggestion(view, "environ 260").correct).click();
        FigureDialog form = (FigureDialog) $(Dialog.class).single();

        form.qualifier.setValue(Qualifier.RANGE);
        form.low.setValue(new BigDecimal("300"));
        form.high.setValue(new BigDecimal("250"));
        test(form.save).click();

        assertThat(form.high.isInvalid()).isTrue();
        assertThat(form.high.getErrorMessage()).isEqualTo("The low number is above the high one.");
        assertThat(form.isOpened()).isTrue();
        assertThat(test(view.figures).size()).isZero();
    }

    /** Walk F38: "−5 morts" was saved without a word; a share or an amount may fall below zero, a toll cannot. */
    @Test
    @WithUserDetails("factchecker")
    void theCorrectionFormRefusesANegativeTollButTakesAFallingShare() {
        StoryView view = navigate(StoryView.class, newStory());
        test(suggestion(view, "environ 260").correct).click();
        FigureDialog form = (FigureDialog) $(Dialog.class).single();

        form.qualifier.setValue(Qualifier.EXACT);
        form.kind.setValue(QuantityKind.DEATHS);
        form.low.setValue(new BigDecimal("-5"));
        form.high.setValue(new BigDecimal("-5"));
        test(form.save).click();

        assertThat(form.low.isInvalid()).isTrue();
        assertThat(form.low.getErrorMessage()).startsWith("A count, an area, a distance or a duration cannot be below zero");
        assertThat(form.isOpened()).isTrue();
        assertThat(test(view.figures).size()).isZero();

        form.kind.setValue(QuantityKind.SHARE);
        assertThat(form.low.isInvalid()).as("the kind decides, at once").isFalse();
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(test(view.figures).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("factchecker")
    void aCorrectedSuggestionIsListedWithTheCorrectedValue() {
        StoryView view = navigate(StoryView.class, newStory());
        test(suggestion(view, "environ 260").correct).click();
        FigureDialog form = (FigureDialog) $(Dialog.class).single();

        form.qualifier.setValue(Qualifier.AT_LEAST);
        form.low.setValue(new BigDecimal("258"));
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        FigureRow figure = test(view.figures).getRow(0);
        assertThat(figure.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(figure.low()).isEqualByComparingTo("258");
    }

    @Test
    @WithUserDetails("factchecker")
    void selectedWordsOpenAPrefilledFormAndBecomeAFigure() {
        StoryView view = navigate(StoryView.class, newStory());
        int start = TEXT.indexOf("320 km2");

        view.addFigureFor(start, start + "320 km2".length());
        FigureDialog form = (FigureDialog) $(Dialog.class).single();
        assertThat(form.low.getValue()).isEqualByComparingTo("320");
        assertThat(form.unit.getValue()).isEqualTo("km2");
        assertThat(form.source.getValue().key()).isEqualTo("syrian-army");
        test(form.save).click();

        assertThat(quotes(view)).containsExactly("320 km2");
    }

    @Test
    @WithUserDetails("factchecker")
    void aStaleTextEditShowsAMessageAndKeepsTheTypedText() {
        long id = newStory();
        StoryView view = navigate(StoryView.class, id);
        test(view.actions.editText).click();
        EditTextDialog editor = (EditTextDialog) $(Dialog.class).single();
        stories.editText(id, stories.details(id).orElseThrow().version(), TEXT + " Someone else.");

        test(editor.text).setValue(TEXT + " My own sentence.");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.problem.getText()).startsWith("Someone saved this story while you were editing.");
        assertThat(editor.text.getValue()).isEqualTo(TEXT + " My own sentence.");
        assertThat(stories.details(id).orElseThrow().body()).isEqualTo(TEXT + " Someone else.");
    }

    @Test
    @WithUserDetails("factchecker")
    void aFigureWhoseWordsAreEditedOutIsFlaggedAndNoLongerHighlighted() {
        StoryView view = navigate(StoryView.class, newStory());
        test(suggestion(view, "environ 260").accept).click();
        test(view.actions.editText).click();
        EditTextDialog editor = (EditTextDialog) $(Dialog.class).single();

        test(editor.text).setValue(TEXT.replace("environ 260 morts", "de nombreux morts"));
        test(editor.save).click();
        test(view.lists.tabs).select(0);

        assertThat(test(view.figures).getRow(0).detached()).isTrue();
        assertThat(test(view.figures).getLitRendererPropertyValue(0, "quote", "detached", Boolean.class)).isTrue();
        assertThat(view.text.shown()).extracting(HighlightedText.Shown::text).containsExactly("320 km2");
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheSuggestionsButNoAcceptOrDismissButtons() {
        StoryView view = navigate(StoryView.class, system.call(this::newStory));

        assertThat(view.suggestions.items()).hasSize(2);
        assertThat($(Button.class).withText("Accept").exists()).isFalse();
        assertThat($(Button.class).withText("Dismiss").exists()).isFalse();
        assertThat(view.actions.isVisible()).isFalse();
    }

    private long newStory() {
        return stories.create(uniqueTitle(), "fr", TEXT);
    }

    private static FigureSuggestionList.Item suggestion(StoryView view, String quote) {
        return view.suggestions.items().stream().filter(item -> item.row.quote().equals(quote)).findFirst()
                .orElseThrow();
    }

    private java.util.List<String> quotes(StoryView view) {
        var grid = test(view.figures);
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).quote()).toList();
    }

    /** The story's text with a word of its own: letters only, no figure. */
    private static String uniqueText() {
        return TEXT + " Dossier " + Unique.letters() + ".";
    }

    private static String uniqueTitle() {
        return "Figure views " + UUID.randomUUID();
    }
}
