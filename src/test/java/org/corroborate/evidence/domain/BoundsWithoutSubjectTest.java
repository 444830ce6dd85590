package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.day;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A floor or a ceiling about a subject of its own is met by any number beyond it: a number that does not say what it
 * counts is no support for it (third walk, H10: « plus de 2 000 hectares de vignes touchés » was supported by the
 * fire's 16 800 hectares, 65). It is context; a bound whose subject only restates its kind, a number stated the same
 * way, or a value that is not a bound, is still supported (DD020). Each row: kind, the figure's qualifier, number and
 * subject, the report's qualifier, number and subject ("-": none), and the relation proposed.
 */
class BoundsWithoutSubjectTest {

    private static final SourceProfile PREFECTURE = new SourceProfile("pref", "Préfecture de l'Aude", false,
            Reliability.B);

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();

    @ParameterizedTest(name = "{1} {2} {3} / {4} {5} {6}")
    @CsvSource(delimiter = '|', value = {
        "AREA   | MORE_THAN   | 2000 | vignes touchées | EXACT     | 16800 | -         | CONTEXT",
        "DEATHS | AT_LEAST    | 12   | civilians       | EXACT     | 15    | dead      | CONTEXT",
        "DEATHS | LESS_THAN   | 50   | civilians       | EXACT     | 40    | -         | CONTEXT",
        // a bound whose subject says no more than its kind
        "DEATHS | MORE_THAN   | 2000 | dead            | EXACT     | 2300  | -         | SUPPORTS",
        // the same bound stated the same way
        "DEATHS | AT_LEAST    | 12   | civilians       | AT_LEAST  | 12    | -         | SUPPORTS",
        // not a bound
        "DEATHS | APPROXIMATE | 300  | civilians       | EXACT     | 300   | -         | SUPPORTS",
        // the subject stated on both sides
        "AREA   | MORE_THAN   | 2000 | vignes touchées | EXACT     | 2400  | vignes touchées | SUPPORTS",
    })
    void aBoundIsNotSupportedByANumberOfNothingStated(QuantityKind kind, Qualifier q, String n, String subject,
                                                      Qualifier rq, String rn, String reportSubject,
                                                      Relation expected) {
        CheckedFigure figure = new CheckedFigure("f", n, StatedValue.of(q, n), ComparedMeasure.of(kind, subject),
                PREFECTURE, day(13));
        StatedAssertion report = said(PREFECTURE, 14, StatedValue.of(rq, rn),
                ComparedMeasure.of(kind, "-".equals(reportSubject) ? null : reportSubject), rn);

        Suggestion s = ranker.rank(figure, List.of(report), 1).getFirst();

        assertThat(s.proposed()).isEqualTo(expected);
        if (expected == Relation.CONTEXT) {
            assertThat(s.why()).filteredOn(m -> m.key().equals("why.boundWithoutSubject")).singleElement()
                    .satisfies(m -> assertThat(m.args().get(1)).isEqualTo(subject));
        }
    }
}
