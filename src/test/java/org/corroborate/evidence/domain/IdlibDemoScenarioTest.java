package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.corroborate.evidence.domain.DemoData.SeedFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The seed story's nine figures against the demo reports: what the demo data expects, the engine and ranker reproduce. */
class IdlibDemoScenarioTest {

    private static final DemoData DEMO = DemoData.load();

    /**
     * Which assertion of an expected report is meant, where a report states several values of the
     * figure's kind: the one about the same measure (the test's ground truth, written by hand).
     */
    private static final Map<String, Map<String, String>> SAME_MEASURE = Map.of(
            "environ 260 morts", Map.of("r01", "plus de 60 combattants", "r02", "Plus de quatre-vingts combattants",
                    "r03", "148", "r04", "plus de 170 morts"),
            "110 membres des forces prorégime", Map.of("r01", "23 membres des forces prorégime",
                    "r02", "30 combattants prorégime", "r03", "61 members of the regime forces",
                    "r04", "71 membres des forces prorégime"),
            "148 jihadistes et rebelles", Map.of("r01", "38 jihadistes et rebelles", "r02", "51 jihadistes et rebelles",
                    "r03", "87 jihadists and rebels"),
            "des millions de déplacés et réfugiés", Map.of("r14", "des millions de déplacés et réfugiés"));

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();
    private final StatusEngine engine = StatusEngine.withDefaults();

    static Stream<SeedFigure> seedFigures() {
        return DEMO.figures().stream();
    }

    @Test
    void demoHoldsNineFiguresAndFortySevenAssertions() {
        assertThat(DEMO.figures()).hasSize(9);
        assertThat(DEMO.assertions()).hasSize(47);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFigures")
    void rankersTopFiveHoldsEveryExpectedAssertion(SeedFigure seed) {
        List<StatedAssertion> topFive = ranker.rank(seed.figure(), DEMO.assertions(), 5).stream()
                .map(Suggestion::assertion).toList();

        assertThat(topFive).containsAll(expected(seed, seed.linkedReports()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFigures")
    void rankerProposesWhatTheDemoExpects(SeedFigure seed) {
        List<Suggestion> suggestions = ranker.rank(seed.figure(), DEMO.assertions(), 5);

        assertThat(proposed(suggestions, expected(seed, seed.supportedBy()))).isSubsetOf(Relation.SUPPORTS);
        assertThat(proposed(suggestions, expected(seed, seed.contradictedBy()))).isSubsetOf(Relation.CONTRADICTS);
        assertThat(proposed(suggestions, expected(seed, seed.earlier()))).isSubsetOf(Relation.CONTEXT);
    }

    @Test
    void theTotalOfBothSidesIsNotSuggestedAsSupportForTheJihadists() {
        SeedFigure jihadists = DEMO.figure("148 jihadistes et rebelles");
        StatedAssertion totalOfBothSides = DEMO.assertion("r03", "148");

        List<Suggestion> suggestions = ranker.rank(jihadists.figure(), DEMO.assertions(), 47);

        assertThat(suggestions).filteredOn(s -> s.assertion().equals(totalOfBothSides))
                .extracting(Suggestion::proposed).doesNotContain(Relation.SUPPORTS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFigures")
    void engineReproducesTheExpectedStatus(SeedFigure seed) {
        assertThat(standing(seed).status()).isEqualTo(seed.status());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFigures")
    void engineReproducesTheExpectedPartyClaim(SeedFigure seed) {
        assertThat(standing(seed).partyClaim()).isEqualTo(seed.partyClaim());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFigures")
    void engineReproducesTheExpectedWarnings(SeedFigure seed) {
        List<String> rendered = standing(seed).warnings().stream()
                .map(w -> Explanations.render(w.message(), Locale.ENGLISH)).toList();

        assertThat(rendered).hasSameSizeAs(seed.warnings());
        for (int i = 0; i < rendered.size(); i++) {
            String expected = seed.warnings().get(i);
            assertThat(rendered.get(i)).startsWith(expected.substring(0, expected.indexOf(", the supporting")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedFigures")
    void engineReproducesTheExpectedHistory(SeedFigure seed) {
        assertThat(standing(seed).earlier()).containsExactlyInAnyOrderElementsOf(expected(seed, seed.earlier()));
    }

    @Test
    void aQuarantaineOfVillagesRestsOnTheArmyNotOnTheObservatory() {
        FigureStanding standing = standing(DEMO.figure("une quarantaine de villages"));

        assertThat(standing.warnings()).singleElement().isEqualTo(new ConsistencyWarning.AttributionNotCarried(
                DEMO.sources().get("sohr"), List.of(DEMO.sources().get("syrian-army"))));
    }

    @Test
    void partsOfTheTollFitEnviron260() {
        SeedFigure whole = DEMO.figure("environ 260 morts");
        CheckedFigure withParts = whole.figure().withParts(List.of(
                DEMO.figure("110 membres des forces prorégime").figure().value(),
                DEMO.figure("148 jihadistes et rebelles").figure().value()));

        FigureStanding standing = engine.assess(withParts, links(whole), List.of());

        assertThat(standing.warns(WarningCode.PARTS_EXCEED_WHOLE)).isFalse();
        assertThat(Explanations.render(standing.explanation().getLast(), Locale.ENGLISH))
                .isEqualTo("110 + 148 = 258 fits environ 260 morts");
    }

    @Test
    void partsAboveEnviron260Warn() {
        SeedFigure whole = DEMO.figure("environ 260 morts");
        CheckedFigure withParts = whole.figure().withParts(List.of(StatedValue.exact("150"),
                DEMO.figure("148 jihadistes et rebelles").figure().value()));

        FigureStanding standing = engine.assess(withParts, links(whole), List.of());

        assertThat(standing.warningCodes()).containsExactly(WarningCode.PARTS_EXCEED_WHOLE);
    }

    @Test
    void moreThanSeventyPercentIsContestedByLaCroixCitingAfp() {
        FigureStanding standing = standing(DEMO.figure("plus de 70% du territoire"));

        assertThat(Explanations.render(standing.explanation().getFirst(), Locale.ENGLISH))
                .isEqualTo("contested: La Croix/AFP says près de 70% (just under 70), the story says plus de 70% du territoire");
    }

    private FigureStanding standing(SeedFigure seed) {
        return engine.assess(seed.figure(), links(seed), List.of());
    }

    /** Links each expected assertion with the relation the ranker proposes for it, as a fact-checker accepting suggestions would. */
    private List<EvidenceLink> links(SeedFigure seed) {
        List<StatedAssertion> wanted = expected(seed, seed.linkedReports());
        List<EvidenceLink> links = new ArrayList<>();
        for (Suggestion s : ranker.rank(seed.figure(), DEMO.assertions(), DEMO.assertions().size())) {
            if (wanted.contains(s.assertion())) {
                links.add(new EvidenceLink(s.assertion(), s.proposed()));
            }
        }
        return links;
    }

    private static List<StatedAssertion> expected(SeedFigure seed, List<String> reportIds) {
        return reportIds.stream().map(r -> sameMeasure(seed, r)).toList();
    }

    private static StatedAssertion sameMeasure(SeedFigure seed, String reportId) {
        String quote = SAME_MEASURE.getOrDefault(seed.figure().quote(), Map.of()).get(reportId);
        if (quote != null) {
            return DEMO.assertion(reportId, quote);
        }
        return DEMO.ofReport(reportId).stream()
                .filter(a -> a.measure().kind() == seed.figure().measure().kind())
                .reduce((a, b) -> {
                    throw new IllegalStateException(reportId + " states several values of this kind: say which");
                }).orElseThrow();
    }

    private static List<Relation> proposed(List<Suggestion> suggestions, List<StatedAssertion> assertions) {
        return suggestions.stream().filter(s -> assertions.contains(s.assertion())).map(Suggestion::proposed).toList();
    }
}
