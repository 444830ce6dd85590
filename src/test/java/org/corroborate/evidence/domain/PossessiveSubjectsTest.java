package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.day;
import static org.corroborate.evidence.domain.Fixtures.exact;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.junit.jupiter.api.Test;

/**
 * A possessive says whose, not what is counted: the union's "six of our members" was proposed only as context for
 * "five of its members" ("subject terms match: 0 of 1"), the possessive being the subject's only term (walk of
 * 5 December 2026, G4). In French too: « trois de ses salariés » and « quatre de nos salariés ».
 */
class PossessiveSubjectsTest {

    private static final SourceProfile UNION = new SourceProfile("nlc", "Nigeria Labour Congress", true, Reliability.F);

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();

    @Test
    void ourMembersAreItsMembers() {
        CheckedFigure five = new CheckedFigure("f-five", "five", exact("5"),
                ComparedMeasure.of(QuantityKind.DEATHS, "its members"), UNION, day(3));
        StatedAssertion six = said(UNION, 4, exact("6"), ComparedMeasure.of(QuantityKind.DEATHS, "our members"), "six");

        Suggestion s = ranker.rank(five, List.of(six), 1).getFirst();

        assertThat(s.proposed()).isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void nosSalariesSontSesSalaries() {
        CheckedFigure trois = new CheckedFigure("f-trois", "trois", exact("3"),
                ComparedMeasure.of(QuantityKind.INJURED, "ses salariés"), UNION, day(3));
        StatedAssertion trois2 = said(UNION, 4, exact("3"), ComparedMeasure.of(QuantityKind.INJURED, "nos salariés"),
                "trois");

        Suggestion s = ranker.rank(trois, List.of(trois2), 1).getFirst();

        assertThat(s.proposed()).isEqualTo(Relation.SUPPORTS);
    }
}
