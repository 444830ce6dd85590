package org.corroborate.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.corroborate.demo.DemoScenario;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureDraft;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/** Extraction wired into the story workflow, on the real database with the demo data. */
@SpringBootTest
class StoryFiguresTest {

    private static final String TEXT = "En cinq jours, les combats ont fait environ 260 morts, selon l'OSDH. "
            + "L'armée syrienne a affirmé avoir repris 320 km2.";

    @Autowired
    StoryService stories;

    @Autowired
    SourceService sources;

    @Autowired
    SystemAuthentication system;

    @Test
    @WithUserDetails("factchecker")
    void pastingTheSeedTextSuggestsTheNineSeedFiguresWithTheirValuesAndAttribution() {
        StoryDetails seed = seedStory();

        long id = stories.create(uniqueTitle(), "fr", seed.body());

        List<FigureSuggestionRow> suggested = stories.suggestions(id);
        assertThat(suggested).hasSize(9);
        for (FigureRow figure : seed.figures()) {
            FigureSuggestionRow match = suggested.stream()
                    .filter(s -> s.start() < figure.end() && figure.start() < s.end()).findFirst()
                    .orElseThrow(() -> new AssertionError("No suggestion overlaps " + figure.quote()));
            assertThat(match.qualifier()).as(figure.quote()).isEqualTo(figure.qualifier());
            assertThat(match.low()).as(figure.quote()).isEqualByComparingTo(orZero(figure.low()));
            assertThat(orZero(match.high())).as(figure.quote()).isEqualByComparingTo(orZero(figure.high()));
            assertThat(match.kind()).as(figure.quote()).isEqualTo(figure.kind());
        }
        FigureSuggestionRow toll = suggested.stream().filter(s -> s.quote().equals("environ 260")).findFirst().orElseThrow();
        assertThat(toll.attributionMention()).isEqualTo("l'OSDH");
        assertThat(toll.sourceId()).isEqualTo(sources.findByKey("sohr").orElseThrow().getId());
    }

    @Test
    @WithUserDetails("factchecker")
    void acceptingASuggestionMakesAFigureAttributedToTheResolvedSourceWithItsPeriod() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        FigureSuggestionRow toll = suggestion(id, "environ 260");

        long figureId = stories.accept(id, toll.id(), null);

        FigureRow figure = figureOf(id, figureId);
        assertThat(figure.quote()).isEqualTo("environ 260");
        assertThat(figure.start()).isEqualTo(TEXT.indexOf("environ 260"));
        assertThat(figure.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
        assertThat(figure.attribution()).isEqualTo(sources.findByKey("sohr").orElseThrow().getName());
        assertThat(figure.period()).isEqualTo("En cinq jours");
        assertThat(stories.suggestions(id)).extracting(FigureSuggestionRow::quote).doesNotContain("environ 260");
    }

    @Test
    @WithUserDetails("factchecker")
    void aDismissedSuggestionDoesNotComeBackWhenTheStoryIsReextracted() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        stories.dismiss(id, suggestion(id, "320 km2").id());

        stories.reextract(id);

        assertThat(stories.suggestions(id)).extracting(FigureSuggestionRow::quote).containsExactly("environ 260");
    }

    @Test
    @WithUserDetails("factchecker")
    void correctedValuesAreStoredWhenASuggestionIsAccepted() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        long army = sources.findByKey("syrian-army").orElseThrow().getId();
        FigureDraft corrected = new FigureDraft(Qualifier.AT_LEAST, new BigDecimal("300"), null, "km2",
                QuantityKind.AREA, "territoire repris", "ces derniers jours", army);

        long figureId = stories.accept(id, suggestion(id, "320 km2").id(), corrected);

        FigureRow figure = figureOf(id, figureId);
        assertThat(figure.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(figure.low()).isEqualByComparingTo("300");
        assertThat(figure.high()).isNull();
        assertThat(figure.subject()).isEqualTo("territoire repris");
        assertThat(figure.period()).isEqualTo("ces derniers jours");
        assertThat(figure.attribution()).isEqualTo(sources.findByKey("syrian-army").orElseThrow().getName());
    }

    @Test
    @WithUserDetails("factchecker")
    void aCorrectionWithTheLowAboveTheHighIsRefused() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        FigureDraft inverted = new FigureDraft(Qualifier.RANGE, new BigDecimal("30"), new BigDecimal("20"), null,
                QuantityKind.DEATHS, null, null, null);

        assertThatThrownBy(() -> stories.accept(id, suggestion(id, "environ 260").id(), inverted))
                .isInstanceOfSatisfying(org.corroborate.figure.InvalidFigureException.class,
                        e -> assertThat(e.problems()).containsExactly("figure.error.low-above-high"));
        assertThat(stories.details(id).orElseThrow().figures()).isEmpty();
    }

    @Test
    @WithUserDetails("factchecker")
    void aNegativeTollIsRefusedAndAFallingShareIsNot() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        FigureDraft negative = new FigureDraft(Qualifier.EXACT, new BigDecimal("-5"), new BigDecimal("-5"), null,
                QuantityKind.DEATHS, null, null, null);

        assertThatThrownBy(() -> stories.accept(id, suggestion(id, "environ 260").id(), negative))
                .isInstanceOfSatisfying(org.corroborate.figure.InvalidFigureException.class,
                        e -> assertThat(e.problems()).containsExactly("figure.error.negative"));
        assertThat(stories.details(id).orElseThrow().figures()).isEmpty();

        FigureDraft fall = new FigureDraft(Qualifier.APPROXIMATE, new BigDecimal("-3"), new BigDecimal("-3"), "%",
                QuantityKind.SHARE, "production", null, null);
        stories.accept(id, suggestion(id, "environ 260").id(), fall);
        assertThat(stories.details(id).orElseThrow().figures()).hasSize(1);
    }

    @Test
    @WithUserDetails("factchecker")
    void editingTheTextBeforeAFigureShiftsItsOffsets() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        long figureId = stories.accept(id, suggestion(id, "320 km2").id(), null);
        String edited = "Idleb, mardi. " + TEXT;

        int detached = stories.editText(id, stories.details(id).orElseThrow().version(), edited);

        FigureRow figure = figureOf(id, figureId);
        assertThat(detached).isZero();
        assertThat(figure.start()).isEqualTo(edited.indexOf("320 km2"));
        assertThat(edited.substring(figure.start(), figure.end())).isEqualTo("320 km2");
        assertThat(figure.detached()).isFalse();
    }

    @Test
    @WithUserDetails("factchecker")
    void deletingAFiguresWordsDetachesIt() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        long figureId = stories.accept(id, suggestion(id, "environ 260").id(), null);
        String edited = TEXT.replace("environ 260 morts", "de nombreux morts");

        int detached = stories.editText(id, stories.details(id).orElseThrow().version(), edited);

        assertThat(detached).isEqualTo(1);
        assertThat(figureOf(id, figureId).detached()).isTrue();
        assertThat(stories.details(id).orElseThrow().body()).isEqualTo(edited);
    }

    @Test
    @WithUserDetails("factchecker")
    void aStaleStoryEditIsRefusedAndChangesNothing() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        long seen = stories.details(id).orElseThrow().version();
        stories.editText(id, seen, TEXT + " Fin.");

        assertThatThrownBy(() -> stories.editText(id, seen, "Autre texte, 12 morts."))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(stories.details(id).orElseThrow().body()).isEqualTo(TEXT + " Fin.");
    }

    @Test
    @WithUserDetails("factchecker")
    void selectedWordsArePrefilledByTheEngineAndStoredAsAFigure() {
        long id = stories.create(uniqueTitle(), "fr", TEXT);
        int start = TEXT.indexOf("320 km2");

        FigureDraft draft = stories.draftForSelection(id, start - 1, start + 7);
        long figureId = stories.addFigure(id, start - 1, start + 7, draft);

        assertThat(draft.kind()).isEqualTo(QuantityKind.AREA);
        assertThat(draft.sourceId()).isEqualTo(sources.findByKey("syrian-army").orElseThrow().getId());
        FigureRow figure = figureOf(id, figureId);
        assertThat(figure.quote()).isEqualTo("320 km2");
        assertThat(figure.start()).isEqualTo(start);
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotAcceptASuggestion() {
        long id = system.call(() -> stories.create(uniqueTitle(), "fr", TEXT));
        long suggestionId = stories.suggestions(id).getFirst().id();

        assertThatThrownBy(() -> stories.accept(id, suggestionId, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> stories.dismiss(id, suggestionId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("factchecker")
    void reextractingTheSeedStorySuggestsNothingOverAnAcceptedFigure() {
        long seedId = stories.findByTitle(DemoScenario.SEED_TITLE).orElseThrow();

        stories.reextract(seedId);

        List<FigureRow> figures = stories.details(seedId).orElseThrow().figures();
        assertThat(figures).hasSize(9);
        assertThat(stories.suggestions(seedId)).noneMatch(s -> figures.stream()
                .anyMatch(f -> s.start() < f.end() && f.start() < s.end()));
    }

    private StoryDetails seedStory() {
        return stories.details(stories.findByTitle(DemoScenario.SEED_TITLE).orElseThrow()).orElseThrow();
    }

    private FigureSuggestionRow suggestion(long storyId, String quote) {
        return stories.suggestions(storyId).stream().filter(s -> s.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("No suggestion \"" + quote + "\" in " + stories.suggestions(storyId)));
    }

    private FigureRow figureOf(long storyId, long figureId) {
        return stories.details(storyId).orElseThrow().figures().stream().filter(f -> f.id() == figureId).findFirst()
                .orElseThrow();
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String uniqueTitle() {
        return "Figures " + UUID.randomUUID();
    }
}
