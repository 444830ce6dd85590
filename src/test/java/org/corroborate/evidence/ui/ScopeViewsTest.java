package org.corroborate.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.evidence.StoryScopeView;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.history.History;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Report;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Where and when, in a browserless UI: the figure panel's scope section (a fact-checker corrects a figure's place; its
 * suggestions and status are derived again at once and the correction is in its history) and the story's event bar
 * (the places most figures are about, not the capitals it quotes; a fact-checker sets them; names in French in the
 * French UI). Stories of their own: floods in Mozambique (Beira, with Maputo's government and a Geneva agency) and
 * shelling in Kharkiv (quoting Moscow and Kyiv).
 */
@SpringBootTest
class ScopeViewsTest extends SpringBrowserlessTest {

    private static final String FLOODS = "The floods have killed 42 people in Beira since Thursday, the United Nations "
            + "said. The government in Maputo declared a national emergency. The UN humanitarian office, based in "
            + "Geneva, said 400,000 people need help in the region.";
    private static final String SHELLING = "Au moins 12 personnes ont été tuées mardi à Kharkiv par des frappes "
            + "russes, selon le gouverneur régional. Moscou affirme avoir visé des cibles militaires ; Kiev dénonce "
            + "un crime de guerre. À Kharkiv, 300 personnes ont passé la nuit dans le métro, a déclaré à Kiev un "
            + "porte-parole du gouvernement.";

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    History history;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ObjectProvider<FigurePanel> panels;

    @Autowired
    ObjectProvider<StoryScopeBar> bars;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithUserDetails("factchecker")
    void correctingAFiguresPlaceDerivesItsSuggestionsAndStatusAgainAndIsInItsHistory() {
        long figureId = floodsStoryWithTwoReports();
        FigurePanel panel = showPanel(figureId);
        ScopeSection scope = $(ScopeSection.class).single();
        assertThat(scope.place.getText()).isEqualTo("Beira, Sofala, Mozambique (from its own words)");
        assertThat(scope.period.getText()).contains("Mar 16, 2019");
        assertThat(quotes(panel)).contains("60 dead").doesNotContain("38 people");
        assertThat(panel.evidence().standing().status()).isEqualTo(FigureStatus.SUPERSEDED);

        test(scope.correct).click();
        ScopeDialog dialog = $(ScopeDialog.class).single();
        test(dialog.place).selectItem("Pemba, Cabo Delgado, Mozambique");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(scope.place.getText()).isEqualTo("Pemba, Cabo Delgado, Mozambique (corrected by a fact-checker)");
        assertThat(quotes(panel)).contains("38 people").doesNotContain("60 dead");
        assertThat(panel.evidence().standing().status()).isEqualTo(FigureStatus.UNSUPPORTED);
        assertThat(system.call(() -> evidence.storyStandings(panel.evidence().storyId())).statusByFigure()
                .get(figureId)).isEqualTo(FigureStatus.UNSUPPORTED);
        assertThat(system.call(() -> history.figure(figureId))).anySatisfy(entry -> {
            assertThat(entry.who()).isEqualTo("factchecker");
            assertThat(entry.after()).contains("@ Pemba");
        });
    }

    @Test
    @WithUserDetails("factchecker")
    void correctingAFiguresPeriodOutOfTheNewerReportsDaysLeavesItNotSuperseded() {
        long figureId = floodsStoryWithTwoReports();
        FigurePanel panel = showPanel(figureId);
        ScopeSection scope = $(ScopeSection.class).single();

        test(scope.correct).click();
        ScopeDialog dialog = $(ScopeDialog.class).single();
        test(dialog.from).setValue(LocalDate.of(2019, 1, 2));
        test(dialog.to).setValue(LocalDate.of(2019, 1, 5));
        test(dialog.save).click();

        assertThat(scope.period.getText()).contains("Jan 2, 2019", "Jan 5, 2019", "corrected");
        assertThat(quotes(panel)).doesNotContain("60 dead");
        assertThat(panel.evidence().standing().status()).isEqualTo(FigureStatus.UNSUPPORTED);
        assertThat(system.call(() -> history.figure(figureId)))
                .anySatisfy(entry -> assertThat(entry.after()).contains("2019-01-02"));
    }

    @Test
    @WithUserDetails("factchecker")
    void aDialogWithOneDayOnlyIsRefusedUnderTheEmptyField() {
        long figureId = floodsStoryWithTwoReports();
        showPanel(figureId);
        ScopeSection scope = $(ScopeSection.class).single();

        test(scope.correct).click();
        ScopeDialog dialog = $(ScopeDialog.class).single();
        test(dialog.from).setValue(LocalDate.of(2019, 3, 10));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(system.call(() -> history.figure(figureId))).noneSatisfy(
                entry -> assertThat(entry.after()).contains("2019-03-10"));
    }

    /** Walk3 H16: the scope dialog's days in the English UI of a British browser read the day first. */
    @Test
    @WithUserDetails("factchecker")
    void theScopeDialogsDaysReadTheDayFirstForABritishBrowser() {
        long figureId = floodsStoryWithTwoReports();
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        com.vaadin.flow.server.WebBrowser browser = org.mockito.Mockito.spy(session.getBrowser());
        org.mockito.Mockito.doReturn(Locale.UK).when(browser).getLocale();
        session.setBrowser(browser);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        showPanel(figureId);

        test($(ScopeSection.class).single().correct).click();
        ScopeDialog dialog = $(ScopeDialog.class).single();

        for (var day : java.util.List.of(dialog.from, dialog.to)) {
            assertThat(day.getI18n().getDateFormats()).startsWith("dd/MM/yyyy");
            assertThat(day.getPlaceholder()).isEqualTo("dd/mm/yyyy");
            assertThat(day.getLocale()).isEqualTo(Locale.UK);
        }
        test(dialog.from).setValue(LocalDate.of(2019, 3, 10));
        assertThat(dialog.from.getHelperText()).startsWith("Read as Sunday, 10 March 2019.");
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheScopeButCannotCorrectIt() {
        long figureId = floodsStoryWithTwoReports();
        showPanel(figureId);
        ScopeSection scope = $(ScopeSection.class).single();

        assertThat(scope.place.getText()).startsWith("Beira");
        assertThat(scope.correct.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("factchecker")
    void theEventBarShowsThePlaceTheFiguresAreAboutNotTheCapitalsTheStoryQuotes() {
        long storyId = system.call(() -> {
            long id = stories.create("Frappes sur Kharkiv " + unique, "fr", SHELLING);
            stories.datePublication(id, Instant.parse("2024-05-21T18:00:00Z"));
            anchor(id, SHELLING, "Au moins 12 personnes", Qualifier.AT_LEAST, 12, QuantityKind.DEATHS);
            anchor(id, SHELLING, "300 personnes", Qualifier.EXACT, 300, QuantityKind.PEOPLE);
            return id;
        });
        UI.getCurrent().setLocale(Locale.FRENCH);
        StoryScopeBar bar = showBar(storyId);

        assertThat(bar.places.getText()).isEqualTo("Kharkiv, Ukraine");
        assertThat(bar.places.getText()).doesNotContain("Moscou", "Kiev", "Moscow", "Kyiv");
        assertThat(bar.window.getText()).contains("lus dans le texte");
        assertThat(bar.edit.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerSetsTheStorysPlacesAndWindowAndAFigureWithoutAPlaceOfItsOwnInheritsThem() {
        String text = "The floods have killed 42 people since Thursday, the United Nations said. Rescuers are "
                + "still searching the flooded districts.";
        long[] ids = system.call(() -> {
            long id = stories.create("Floods " + unique, "en", text);
            stories.datePublication(id, Instant.parse("2019-03-16T18:00:00Z"));
            return new long[] {id, anchor(id, text, "42 people", Qualifier.EXACT, 42, QuantityKind.DEATHS)};
        });
        UI.getCurrent().setLocale(Locale.FRENCH);
        StoryScopeBar bar = showBar(ids[0]);
        assertThat(bar.places.getText()).isEqualTo("lieu inconnu");

        test(bar.edit).click();
        ScopeDialog dialog = $(ScopeDialog.class).single();
        test(dialog.places).selectItem("Beira, Sofala, Mozambique");
        test(dialog.from).setValue(LocalDate.of(2019, 3, 14));
        test(dialog.to).setValue(LocalDate.of(2019, 3, 16));
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(bar.places.getText()).isEqualTo("Beira, Sofala, Mozambique");
        assertThat(bar.window.getText()).contains("14 mars 2019", "16 mars 2019", "fixés par factchecker");
        StoryScopeView set = system.call(() -> evidence.storyScope(ids[0], Locale.ENGLISH));
        assertThat(set.setBy()).isEqualTo("factchecker");
        assertThat(set.places()).extracting(StoryScopeView.PlaceName::name).containsExactly("Beira, Sofala, Mozambique");
        var figureScope = system.call(() -> evidence.scope(ids[1], Locale.FRENCH));
        assertThat(figureScope.place()).isEqualTo("Beira, Sofala, Mozambique");
        assertThat(figureScope.placeOrigin()).isEqualTo("story");
        assertThat(figureScope.from()).isEqualTo(LocalDate.of(2019, 3, 14));
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheEventButCannotEditIt() {
        long storyId = system.call(() -> stories.create("Floods " + unique, "en", FLOODS));
        StoryScopeBar bar = showBar(storyId);

        assertThat(bar.places.getText()).isEqualTo("Beira, Sofala, Mozambique");
        assertThat(bar.edit.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("factchecker")
    void placeNamesInTheScopeSectionFollowTheFrenchUi() {
        String text = "Le conflit en Syrie, déclenché en 2011 par la répression de Damas, a fait plus de 370 000 "
                + "morts. À Alep, 40 civils ont été tués cette semaine.";
        long figureId = system.call(() -> {
            long id = stories.create("Syrie " + unique, "fr", text);
            stories.datePublication(id, Instant.parse("2019-12-24T18:00:00Z"));
            return anchor(id, text, "40 civils", Qualifier.EXACT, 40, QuantityKind.DEATHS);
        });
        UI.getCurrent().setLocale(Locale.FRENCH);
        showPanel(figureId);
        ScopeSection scope = $(ScopeSection.class).single();

        assertThat(scope.place.getText()).isEqualTo("Alep, province d'Alep, Syrie (d'après ses propres mots)");
    }

    /**
     * A story on floods in Beira ("42 people", the UN's, since Thursday) with a later, higher UN toll in Beira
     * (60 dead, which supersedes it) and a toll in Pemba, another province (38 people).
     */
    private long floodsStoryWithTwoReports() {
        return system.call(() -> {
            report("2019-03-18T09:00:00Z", "Beira floods toll rises to 60",
                    "The toll of the floods in Beira has risen to 60 dead, the United Nations said.", "60 dead",
                    Qualifier.EXACT, 60, "un");
            report("2019-03-15T09:00:00Z", "Floods in Pemba",
                    "In Pemba, 38 people died in the floods, local officials said.", "38 people", Qualifier.EXACT,
                    38, "afp");
            long storyId = stories.create("Mozambique floods: at least 42 dead in Beira " + unique, "en", FLOODS);
            stories.datePublication(storyId, Instant.parse("2019-03-16T18:00:00Z"));
            return figures.anchor(storyId, FLOODS, FLOODS.indexOf("42 people"), "42 people",
                    Quantity.of(Qualifier.EXACT, new BigDecimal("42"), new BigDecimal("42"), null),
                    new Measure(QuantityKind.DEATHS, "people", null, "since Thursday"),
                    sources.findByKey("un").orElseThrow());
        });
    }

    private void report(String published, String title, String text, String quote, Qualifier qualifier, int value,
            String origin) {
        Report report = new Report("scope-" + UUID.randomUUID(), sources.findByKey("ap").orElseThrow(),
                Instant.parse(published), "en", null, title, text);
        report.state(quote, text.indexOf(quote), sources.findByKey(origin).orElseThrow(), List.of(),
                Quantity.of(qualifier, new BigDecimal(value), qualifier == Qualifier.EXACT ? new BigDecimal(value)
                        : null, null), new Measure(QuantityKind.DEATHS, "people", null, null));
        reports.add(report);
    }

    private long anchor(long storyId, String text, String quote, Qualifier qualifier, int value, QuantityKind kind) {
        return figures.anchor(storyId, text, text.indexOf(quote), quote, Quantity.of(qualifier, new BigDecimal(value),
                qualifier == Qualifier.EXACT ? new BigDecimal(value) : null, null),
                new Measure(kind, "personnes", null, null), null);
    }

    private FigurePanel showPanel(long figureId) {
        navigate("stories", Component.class);
        FigurePanel panel = panels.getObject();
        UI.getCurrent().add(panel);
        panel.show(figureId);
        return panel;
    }

    private StoryScopeBar showBar(long storyId) {
        navigate("stories", Component.class);
        StoryScopeBar bar = bars.getObject();
        UI.getCurrent().add(bar);
        bar.show(storyId, false);
        return bar;
    }

    private static List<String> quotes(FigurePanel panel) {
        return panel.suggestionList.items().stream().map(i -> i.row.quote()).toList();
    }
}
