package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.UUID;
import org.corroborate.source.SourceRef;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A name typed into "Attributed to" of the figure form is never silently dropped: a name no registered source has is
 * kept as the figure's attribution in words (the panel then offers to register it); a registered source's name or
 * key, typed in any case, picks that source.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class TypedAttributionTest extends SpringBrowserlessTest {

    private static final String TEXT = "Au moins 42 civils ont été tués lundi dans le bombardement d'un marché de "
            + "Maaret al-Noomane, selon un médecin de l'hôpital local. Les secours disent avoir évacué 300 familles.";

    @Autowired
    StoryService stories;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNameNoSourceHasIsKeptAsTheFiguresAttributionInWords() {
        String title = "Maaret al-Noomane " + UUID.randomUUID();
        StoryView view = navigate(StoryView.class, stories.create(title, "fr", TEXT));
        int start = TEXT.indexOf("300 familles");
        view.addFigureFor(start, start + "300 familles".length());
        FigureDialog form = (FigureDialog) $(Dialog.class).single();

        type(form.source, "Comité de coordination de Maaret al-Noomane");

        assertThat(form.source.getValue()).isNull();
        assertThat(form.source.getHelperText()).isEqualTo("Kept as written: “Comité de coordination de Maaret al-Noomane”"
                + " is not a registered source (the figure’s panel offers to register it).");
        test(form.save).click();
        assertThat(form.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select f.attribution_mention from figure f join story s on s.id = f.story_id "
                + "where f.quote = '300 familles' and s.title = ?", String.class, title))
                .isEqualTo("Comité de coordination de Maaret al-Noomane");
        view.figures.select(test(view.figures).getRow(0));
        com.vaadin.flow.component.html.Anchor register = $(com.vaadin.flow.component.html.Anchor.class)
                .withClassName("register-source").single();
        assertThat(register.getHref()).startsWith("sources?register=Comit%C3%A9+de+coordination+de+Maaret+al-Noomane"
                + "&story=").endsWith("&figure=" + view.panel.figureId().orElseThrow());
        assertThat(register.getParent().orElseThrow().getElement().getTextRecursively())
                .contains("attributed to “Comité de coordination de Maaret al-Noomane”");
    }

    @Test
    void aRegisteredSourcesNameTypedInAnyCasePicksThatSource() {
        StoryView view = navigate(StoryView.class, stories.create("Maaret al-Noomane " + UUID.randomUUID(), "fr", TEXT));
        int start = TEXT.indexOf("42 civils");
        view.addFigureFor(start, start + "42 civils".length());
        FigureDialog form = (FigureDialog) $(Dialog.class).single();
        SourceRef registered = stories.sourceChoices().getFirst();

        type(form.source, registered.name().toUpperCase(java.util.Locale.ROOT));

        assertThat(form.source.getValue()).isEqualTo(registered);
        assertThat(form.source.getHelperText()).isNull();
    }

    /** What the browser sends when a name that is not in the list is typed and the field left. */
    private static void type(ComboBox<SourceRef> box, String name) {
        ComponentUtil.fireEvent(box, new ComboBox.CustomValueSetEvent<>(box, true, name));
    }
}
