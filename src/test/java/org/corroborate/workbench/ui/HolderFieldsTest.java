package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.Locale;
import org.corroborate.Unique;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The holder the engine reads is shown in the figure form, where a fact-checker can correct it: "Held by" /
 * « Détenteur », filled from the words ("PLR" of « le PLR obtient 28 sièges »), and saved with the figure and its
 * revision; the suggestions list and the figure's panel say it too.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class HolderFieldsTest extends SpringBrowserlessTest {

    private static final String TEXT = "Selon la chancellerie, le PLR obtient 28 sièges au Grand Conseil et le PS 9.";

    @Autowired
    StoryService stories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHolderReadIsShownAndACorrectionIsSaved() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.FRENCH);
        String title = "Grand Conseil " + Unique.letters();
        StoryView view = navigate(StoryView.class, stories.create(title, "fr", TEXT + " " + Unique.letters()));
        assertThat(view.getElement().getTextRecursively()).as("the suggestions say whose count each is")
                .contains("28 · exact · autre · sièges · détenteur\u00a0: PLR").contains("détenteur\u00a0: PS");
        int start = TEXT.indexOf("28 sièges");
        view.addFigureFor(start, start + "28 sièges".length());
        FigureDialog form = (FigureDialog) $(Dialog.class).single();

        assertThat(form.holder.getLabel()).isEqualTo("Détenteur");
        assertThat(form.holder.getValue()).isEqualTo("PLR");
        test(form.holder).setValue("Parti libéral-radical (PLR)");
        test(form.save).click();

        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select f.holder from figure f join story s on s.id = f.story_id "
                + "where f.quote = '28 sièges' and s.title = ?", String.class, title))
                .isEqualTo("Parti libéral-radical (PLR)");
        view.figures.select(test(view.figures).getRow(0));
        assertThat(view.panel.getElement().getTextRecursively()).as("the panel says whose count it is")
                .contains("28 · lu comme [28, 28] · détenteur\u00a0: Parti libéral-radical (PLR)");
        assertThat(jdbc.queryForObject("select r.holder from figure_revision r join figure f on f.id = r.figure_id "
                + "join story s on s.id = f.story_id where s.title = ?", String.class, title))
                .isEqualTo("Parti libéral-radical (PLR)");
    }
}
