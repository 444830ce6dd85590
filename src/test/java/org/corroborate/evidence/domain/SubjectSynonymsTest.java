package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.AFP;
import static org.corroborate.evidence.domain.Fixtures.exact;
import static org.corroborate.evidence.domain.Fixtures.figure;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.QuantityKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Subjects that name the same things in other words meet (third walk, H11: « une trentaine de maisons » was not in
 * the first five suggestions for « 36 habitations »; firefighters, injured, evacuated, votes, seats, voters, missing,
 * arrested, turnout, hospitals and schools, in French and English); other things do not.
 */
class SubjectSynonymsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "maisons                | habitations",
        "houses destroyed       | maisons détruites",
        "homes                  | logements",
        "sapeurs-pompiers       | pompiers",
        "firefighters           | pompiers",
        "blessés                | wounded",
        "personnes évacuées     | people evacuated",
        "valid votes            | suffrages exprimés",
        "seats                  | sièges",
        "registered voters      | électeurs inscrits",
        "disparus               | missing",
        "turnout                | participation",
        "hospitals              | hôpitaux",
    })
    void sameThingsInOtherWordsShareTheirTerms(String a, String b) {
        long[] first = Terms.DEFAULT.terms(a);
        long[] second = Terms.DEFAULT.terms(b);
        assertThat(first).as(a + " / " + b).containsAnyOf(second);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "maisons      | écoles",
        "blessés      | morts",
        "seats        | votes",
        "pompiers     | évacués",
    })
    void otherThingsDoNot(String a, String b) {
        long[] first = Terms.DEFAULT.terms(a);
        long[] second = Terms.DEFAULT.terms(b);
        for (long term : second) {
            assertThat(first).as(a + " / " + b).doesNotContain(term);
        }
    }

    @Test
    void housesInOtherWordsAreProposedFirst() {
        CheckedFigure houses = figure("une trentaine de maisons", exact("30"), ComparedMeasure.of(QuantityKind.OTHER,
                "maisons"), null);
        StatedAssertion schools = said(AFP, 12, exact("30"), ComparedMeasure.of(QuantityKind.OTHER, "écoles"), "30");
        StatedAssertion dwellings = said(AFP, 12, exact("36"), ComparedMeasure.of(QuantityKind.OTHER, "habitations"),
                "36");

        assertThat(EvidenceRanker.withDefaults().rank(houses, List.of(schools, dwellings), 2).getFirst().assertion())
                .isEqualTo(dwellings);
    }
}
