package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.day;
import static org.corroborate.evidence.domain.Fixtures.exact;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.junit.jupiter.api.Test;

/**
 * A share, an amount or a count of people whose subject one side does not state is no evidence for a figure unless
 * something ties them (walk of 5 December 2026, G9; DD028): the ballot's turnout "61%" and a ministry's attendance
 * "64%" are neither support nor contradiction of "more than 90%" compliance, and give it no newer value. A toll
 * still matches without its subject (DD020), and so does the figure's own number from the source the story names.
 */
class SharesWithoutSubjectTest {

    private static final SourceProfile UNION = new SourceProfile("nlc", "Nigeria Labour Congress", true, Reliability.F);
    private static final SourceProfile MINISTRY = new SourceProfile("fmi", "Federal Ministry of Information", true,
            Reliability.D);
    private static final SourceProfile POLICE = new SourceProfile("police", "Nigeria Police Force", true, Reliability.C);

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();
    private final StatusEngine engine = StatusEngine.withDefaults();

    private static final CheckedFigure COMPLIANCE = new CheckedFigure("f-compliance", "more than 90%",
            StatedValue.of(Qualifier.MORE_THAN, "90"), share("public-sector workers"), UNION, day(3));

    @Test
    void aTurnoutWithoutSubjectIsNeitherSupportNorContradictionOfACompliance() {
        StatedAssertion turnout = said(UNION, 4, exact("61"), share(null), "61%");
        StatedAssertion attendance = said(MINISTRY, 4, exact("64"), share(null), "64%");

        List<Suggestion> ranked = ranker.rank(COMPLIANCE, List.of(turnout, attendance), 5);

        assertThat(ranked).extracting(Suggestion::proposed).containsOnly(Relation.CONTEXT);
        assertThat(ranked).noneMatch(Suggestion::sameSubject);
        assertThat(ranked.getFirst().why()).extracting(Message::key).contains("why.subjectNeeded");
    }

    @Test
    void aShareWithoutSubjectOnTheFiguresSideMatchesNoStatedShareEither() {
        CheckedFigure inflation = new CheckedFigure("f-inflation", "32.7%", exact("32.7"), share(null), null, day(3));
        StatedAssertion poverty = said(MINISTRY, 5, exact("46"), share("Nigerians below the poverty line"), "46%");

        assertThat(ranker.rank(inflation, List.of(poverty), 1).getFirst().proposed()).isEqualTo(Relation.CONTEXT);
    }

    @Test
    void anAmountWithoutSubjectIsNotComparedWithAnotherAmountInTheSameCurrency() {
        CheckedFigure arrears = new CheckedFigure("f-arrears", "3.5bn naira", exact("3500000000"), money(null), MINISTRY,
                day(3));
        StatedAssertion dailyCost = said(UNION, 4, StatedValue.range("30000000000", "40000000000"),
                money("cost of the strike to the economy"), "between 30 and 40 billion naira");

        assertThat(ranker.rank(arrears, List.of(dailyCost), 1).getFirst().proposed()).isEqualTo(Relation.CONTEXT);
    }

    @Test
    void unrelatedSharesGiveNoNewerValue() {
        StatedAssertion turnout = said(UNION, 4, exact("61"), share(null), "61%");
        StatedAssertion attendance = said(MINISTRY, 5, exact("64"), share(null), "64%");

        FigureStanding standing = engine.assess(COMPLIANCE, List.of(), ledger(COMPLIANCE, turnout, attendance));

        assertThat(standing.newestValue()).isEmpty();
    }

    @Test
    void theFiguresOwnNumberFromTheSourceTheStoryNamesIsStillProposedAsSupport() {
        StatedAssertion communique = said(UNION, 3, StatedValue.of(Qualifier.MORE_THAN, "90"), share(null),
                "more than 90%");

        assertThat(ranker.rank(COMPLIANCE, List.of(communique), 1).getFirst().proposed()).isEqualTo(Relation.SUPPORTS);
    }

    @Test
    void theSameNumberFromAnotherSourceWithoutSubjectIsOnlyContext() {
        StatedAssertion ministry = said(MINISTRY, 3, StatedValue.of(Qualifier.MORE_THAN, "90"), share(null),
                "more than 90%");

        assertThat(ranker.rank(COMPLIANCE, List.of(ministry), 1).getFirst().proposed()).isEqualTo(Relation.CONTEXT);
    }

    @Test
    void aTollWithoutSubjectIsStillComparedAndGivesItsNewerValue() {
        CheckedFigure killed = new CheckedFigure("f-killed", "two", exact("2"),
                ComparedMeasure.of(QuantityKind.DEATHS, "people"), POLICE, day(3));
        StatedAssertion three = said(POLICE, 4, exact("3"), ComparedMeasure.of(QuantityKind.DEATHS, null), "three");

        assertThat(ranker.rank(killed, List.of(three), 1).getFirst().proposed()).isEqualTo(Relation.CONTRADICTS);
        assertThat(engine.assess(killed, List.of(), ledger(killed, three)).newestValue()).contains(three);
    }

    @Test
    void sharesThatBothStateTheirSubjectAreComparedAsBefore() {
        StatedAssertion since = said(UNION, 5, exact("60"), share("public-sector workers"), "60%");

        assertThat(ranker.rank(COMPLIANCE, List.of(since), 1).getFirst().proposed()).isEqualTo(Relation.CONTRADICTS);
    }

    /** The ledger as the service builds it: the candidates the ranker finds about the same thing. */
    private List<StatedAssertion> ledger(CheckedFigure figure, StatedAssertion... candidates) {
        return ranker.rank(figure, List.of(candidates), candidates.length).stream().filter(Suggestion::sameSubject)
                .map(Suggestion::assertion).toList();
    }

    private static ComparedMeasure share(String subject) {
        return new ComparedMeasure(QuantityKind.SHARE, subject, null, null, "%");
    }

    private static ComparedMeasure money(String subject) {
        return new ComparedMeasure(QuantityKind.MONEY, subject, null, null, "NGN");
    }
}
