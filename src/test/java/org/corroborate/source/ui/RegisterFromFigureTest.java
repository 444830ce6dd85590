package org.corroborate.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walker F24: a figure attributed to words no registered source has ("selon la Direction de la protection civile",
 * "the National Disaster Management Authority said"). *Register this source* in its panel opens the registration form
 * with those words; registering the source under a proper name attributes the figure to it and returns to the story
 * with the figure selected. Adding the words as an alias of a source that is already registered does the same.
 */
@SpringBootTest
class RegisterFromFigureTest extends SpringBrowserlessTest {

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    SystemAuthentication system;

    @Test
    @WithUserDetails("factchecker")
    void registeringTheSourceFromAFiguresPanelAttributesTheFigureAndReturnsToTheStory() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        long[] ids = storyFigure("Crues en Algérie", "fr", "Les pluies torrentielles ont fait au moins 22 morts dans "
                + "l'ouest du pays depuis jeudi, selon la Direction générale de la protection civile algérienne.", "22");
        open("story/" + ids[0] + "?figure=" + ids[1]);
        Anchor register = $(Anchor.class).withClassName("register-source").single();
        assertThat(register.getText()).isEqualTo("Enregistrer cette source");

        open(register.getHref());
        assertThat(getCurrentView()).isInstanceOf(SourceListView.class);
        NewSourceDialog dialog = $(NewSourceDialog.class).single();
        assertThat(dialog.form.name.getValue()).isEqualTo("la Direction générale de la protection civile algérienne");
        test(dialog.form.name).setValue("Protection civile (Algérie)");
        dialog.form.kind.setValue("government");
        test(dialog.save).click();

        long created = sourceNamed("Protection civile (Algérie)");
        assertThat(figures.value(ids[1]).draft().sourceId()).isEqualTo(created);
        assertThat(location()).isEqualTo("story/" + ids[0] + "?figure=" + ids[1]);
        assertThat($(Anchor.class).withClassName("register-source").all()).isEmpty();
    }

    @Test
    @WithUserDetails("factchecker")
    void withoutAFigureRegisteringLandsOnTheNewSourceAsBefore() {
        open("sources?register=Bureau%20des%20affaires%20de%20test");
        NewSourceDialog dialog = $(NewSourceDialog.class).single();
        dialog.form.kind.setValue("monitor");
        test(dialog.save).click();

        assertThat(getCurrentView()).isInstanceOf(SourceView.class);
    }

    @Test
    @WithUserDetails("factchecker")
    void givingARegisteredSourceTheStorysWordsAsAnAliasAttributesTheFigure() {
        long[] ids = storyFigure("Pakistan floods", "en", "At least 1,033 people have died in the floods since "
                + "mid-June, the National Disaster Management Authority said on Sunday.", "1,033");
        SourceDetails ndma = sources.create(new SourceDraft("NDMA (Pakistan)", "government", false, Reliability.B,
                null, List.of()));
        assertThat(figures.value(ids[1]).draft().sourceId()).isNull();

        sources.edit(ndma.id(), ndma.version(), new SourceDraft(ndma.name(), ndma.kind(), false, Reliability.B, null,
                List.of("National Disaster Management Authority")));

        assertThat(figures.value(ids[1]).draft().sourceId()).isEqualTo(ndma.id());
        assertThat(figures.value(ids[1]).draft().attributionMention()).isNull();
    }

    /** A story with the suggestion whose words contain {@code number} accepted: its id and the figure's. */
    private long[] storyFigure(String title, String language, String text, String number) {
        return system.call(() -> {
            long storyId = stories.create(title + " " + System.nanoTime(), language, text);
            stories.datePublication(storyId, Instant.now());
            FigureSuggestionRow suggested = stories.suggestions(storyId).stream()
                    .filter(s -> s.quote().contains(number)).findFirst().orElseThrow();
            assertThat(suggested.sourceId()).as("the words name no registered source").isNull();
            return new long[] {storyId, stories.accept(storyId, suggested.id(), null)};
        });
    }

    private long sourceNamed(String name) {
        return sources.choices().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** Follows a link as the browser's router does: path and query. */
    private static void open(String href) {
        int query = href.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? href : href.substring(0, query),
                query < 0 ? QueryParameters.empty() : QueryParameters.fromString(href.substring(query + 1)));
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }
}
