package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.day;
import static org.corroborate.evidence.domain.Fixtures.exact;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.FigureExtractor;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll's subject that only restates its kind — "people", "dead", « personnes », « blessés » — says nothing the kind
 * does not: the police's newer "three dead" was only context for the story's "two people were killed" ("subject terms
 * match: 0 of 1", walk of 5 December 2026, G4), and « 9 blessés » only context for « Neuf personnes ont été
 * blessées » (third walk, H11). A subject of its own ("civilians", « jihadistes et rebelles ») still tells things
 * apart, and a share or an amount keeps every word of its subject.
 */
class KindWordSubjectsTest {

    private static final SourceProfile POLICE = new SourceProfile("police", "Kaduna police", true, Reliability.C);

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();

    @ParameterizedTest(name = "{0}: {1} / {3}")
    @CsvSource(delimiter = '|', value = {
        "DEATHS    | people              | 2 | dead                | 3 | CONTRADICTS",
        "DEATHS    | people killed       | 2 | deaths              | 2 | SUPPORTS",
        "DEATHS    | personnes           | 2 | morts               | 2 | SUPPORTS",
        "INJURED   | personnes           | 9 | blessés             | 9 | SUPPORTS",
        "INJURED   | people              | 9 | wounded             | 7 | CONTRADICTS",
        "DISPLACED | personnes évacuées  | 2500 | évacués          | 2500 | SUPPORTS",
        "DEATHS    | death toll          | 5 | victims             | 5 | SUPPORTS",
    })
    void wordsThatOnlyRestateTheKindMeetAnyOther(QuantityKind kind, String figureSubject, String figureValue,
                                                 String reportSubject, String reportValue, Relation expected) {
        CheckedFigure figure = new CheckedFigure("f", figureValue, exact(figureValue),
                ComparedMeasure.of(kind, figureSubject), POLICE, day(3));
        StatedAssertion report = said(POLICE, 4, exact(reportValue), ComparedMeasure.of(kind, reportSubject),
                reportValue);

        Suggestion s = ranker.rank(figure, List.of(report), 1).getFirst();

        assertThat(s.proposed()).isEqualTo(expected);
    }

    /** The walks' sentences as the engine reads them, ranked. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Police said two people were killed in the clashes on Monday.       | The toll had risen to three dead, police said on Tuesday. | CONTRADICTS",
        "Neuf personnes ont été blessées, selon la préfecture.              | On compte 9 blessés, selon les pompiers.                  | SUPPORTS",
        "At least 40 people were injured, the hospital said.                | Rescuers said 42 were wounded.                            | SUPPORTS",
        "Le bilan s'élève à 12 morts, selon la police.                      | Douze personnes ont péri, a indiqué le maire.             | SUPPORTS",
    })
    void theWalksSentencesMeet(String story, String report, Relation expected) {
        ExtractedFigure storyFigure = only(story);
        ExtractedFigure reported = only(report);
        CheckedFigure figure = new CheckedFigure("f", storyFigure.quote(), value(storyFigure),
                ComparedMeasure.of(storyFigure.kind(), storyFigure.subject()), POLICE, day(3));
        StatedAssertion assertion = said(POLICE, 4, value(reported),
                ComparedMeasure.of(reported.kind(), reported.subject()), reported.quote());

        assertThat(ranker.rank(figure, List.of(assertion), 1)).as("same kind: %s, %s", storyFigure, reported)
                .singleElement().extracting(Suggestion::proposed).isEqualTo(expected);
    }

    private static ExtractedFigure only(String sentence) {
        return new FigureExtractor().extract(sentence).figures().stream().filter(f -> f.low() != null).findFirst()
                .orElseThrow();
    }

    private static StatedValue value(ExtractedFigure f) {
        return StatedValue.of(f.qualifier(), f.low().toPlainString());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        // a subject of its own against none: weaker, but the same toll (DD020)
        "civilians              | dead                   | SUPPORTS",
        "children               | people                 | SUPPORTS",
        // two subjects of their own that differ: another measure
        "jihadistes et rebelles | fighters on both sides | CONTEXT",
        "civilians              | soldiers killed        | CONTEXT",
    })
    void aSubjectOfItsOwnStillTellsThingsApart(String figureSubject, String reportSubject, Relation expected) {
        CheckedFigure figure = new CheckedFigure("f", "12", exact("12"),
                ComparedMeasure.of(QuantityKind.DEATHS, figureSubject), POLICE, day(3));
        StatedAssertion report = said(POLICE, 4, exact("12"), ComparedMeasure.of(QuantityKind.DEATHS, reportSubject),
                "12");

        Suggestion s = ranker.rank(figure, List.of(report), 1).getFirst();

        assertThat(s.proposed()).isEqualTo(expected);
        assertThat(s.score()).as("below a full match").isLessThan(60 + 25);
    }

    @Test
    void aShareKeepsEveryWordOfItsSubject() {
        CheckedFigure figure = new CheckedFigure("f", "40%", exact("40"),
                new ComparedMeasure(QuantityKind.SHARE, "people", null, null, "%"), POLICE, day(3));
        StatedAssertion report = said(POLICE, 4, exact("40"),
                new ComparedMeasure(QuantityKind.SHARE, "people", null, null, "%"), "40%");

        assertThat(ranker.rank(figure, List.of(report), 1).getFirst().proposed()).isEqualTo(Relation.SUPPORTS);
    }
}
