package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.extraction.QuantityKind;
import org.junit.jupiter.api.Test;

class EvidenceRankerTest {

    private static final ComparedMeasure PRO_REGIME_DEAD = ComparedMeasure.of(QuantityKind.DEATHS, "forces prorégime");

    private final EvidenceRanker ranker = EvidenceRanker.withDefaults();
    private final CheckedFigure proRegime110 = figure("110 membres des forces prorégime", exact("110"), PRO_REGIME_DEAD, SOHR);

    private Suggestion only(CheckedFigure figure, StatedAssertion candidate) {
        return ranker.rank(figure, List.of(candidate), 1).getFirst();
    }

    @Test
    void regimeForcesInEnglishMatchForcesProregimeInFrench() {
        StatedAssertion english = said(SOHR, 25, exact("110"), ComparedMeasure.of(QuantityKind.DEATHS, "regime forces"), "110");
        StatedAssertion other = said(SOHR, 25, exact("110"), ComparedMeasure.of(QuantityKind.DEATHS, "civilians"), "110");

        assertThat(ranker.rank(proRegime110, List.of(other, english), 2).getFirst().assertion()).isEqualTo(english);
    }

    @Test
    void loyalistsAndGovernmentForcesAreTheRegime() {
        StatedAssertion loyalists = said(SOHR, 25, exact("110"), ComparedMeasure.of(QuantityKind.DEATHS, "government forces and loyalists"), "110");

        assertThat(only(proRegime110, loyalists).why()).contains(Message.of("why.subject", 2, 2));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        CheckedFigure villages = figure("une quarantaine de localités", StatedValue.roundNumberWord("40"),
                ComparedMeasure.of(QuantityKind.PLACES, "localités reprises"), null);
        StatedAssertion shouted = said(ARMY, 24, moreThan("40"), ComparedMeasure.of(QuantityKind.PLACES, "LOCALITES REPRISES"), "x");

        assertThat(only(villages, shouted).why()).contains(Message.of("why.subject", 2, 2));
    }

    @Test
    void pluralsMatchTheirSingular() {
        CheckedFigure civilians = figure("80 civils", exact("80"), ComparedMeasure.of(QuantityKind.DEATHS, "enfant civil"), null);
        StatedAssertion plural = said(SOHR, 25, exact("80"), ComparedMeasure.of(QuantityKind.DEATHS, "enfants civils"), "80");

        assertThat(only(civilians, plural).why()).contains(Message.of("why.subject", 2, 2));
    }

    @Test
    void candidatesOfAnotherKindAreLeftOut() {
        StatedAssertion area = said(ARMY, 24, exact("110"), ComparedMeasure.of(QuantityKind.AREA, "forces prorégime"), "110");

        assertThat(ranker.rank(proRegime110, List.of(area), 5)).isEmpty();
    }

    @Test
    void candidatesWithAnIncomparableUnitAreLeftOut() {
        ComparedMeasure width = new ComparedMeasure(QuantityKind.DISTANCE, "largeur de la zone", null, null, "km");
        CheckedFigure km = figure("15 à 20 km", StatedValue.range("15", "20").withUnit("km"), width, null);
        StatedAssertion metres = said(RFI, 22, exact("15000").withUnit("m"), width, "15 000 m");

        assertThat(ranker.rank(km, List.of(metres), 5)).isEmpty();
    }

    @Test
    void anAgreeingValueAboutTheSameSubjectIsProposedAsSupport() {
        StatedAssertion same = said(SOHR, 24, about("110"), PRO_REGIME_DEAD, "environ 110");

        assertThat(only(proRegime110, same).proposed()).isEqualTo(Relation.SUPPORTS);
    }

    @Test
    void aDisagreeingValueAboutTheSameSubjectIsProposedAsContradiction() {
        StatedAssertion higher = said(OCHA, 24, exact("125"), PRO_REGIME_DEAD, "125");

        assertThat(only(proRegime110, higher).proposed()).isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void anEarlierLowerTollIsProposedAsContext() {
        StatedAssertion earlier = said(SOHR, 22, exact("71"), PRO_REGIME_DEAD, "71");

        assertThat(only(proRegime110, earlier).proposed()).isEqualTo(Relation.CONTEXT);
    }

    @Test
    void anAgreeingValueAboutAnotherSubjectIsOnlyContext() {
        StatedAssertion bothSides = said(SOHR, 24, exact("110"), ComparedMeasure.of(QuantityKind.DEATHS, "fighters on both sides"), "110");

        assertThat(only(proRegime110, bothSides).proposed()).isEqualTo(Relation.CONTEXT);
    }

    @Test
    void theLimitCapsTheSuggestions() {
        List<StatedAssertion> many = candidates(20);

        assertThat(ranker.rank(proRegime110, many, 5)).hasSize(5);
    }

    @Test
    void tenThousandCandidatesAreRankedWellUnderASecond() {
        List<StatedAssertion> many = candidates(10_000);
        ranker.rank(proRegime110, many, 10);

        long start = System.nanoTime();
        ranker.rank(proRegime110, many, 10);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(1_000);
    }

    // Walker F12 (Mozambique, Cyclone Idai): a subject the extraction did not find is unknown, not different.
    private static final SourceProfile INGD = new SourceProfile("ingd", "INGD", false, org.corroborate.source.Reliability.B);

    @Test
    void aFigureWithoutSubjectIsSupportedByAnAgreeingValueOfItsKind() {
        CheckedFigure displaced = figure("18,000", exact("18000"), ComparedMeasure.of(QuantityKind.DISPLACED, null), INGD);
        StatedAssertion sofala = said(INGD, 18, exact("17900"), ComparedMeasure.of(QuantityKind.DISPLACED, "people"), "17,900");

        Suggestion s = only(displaced, sofala);

        assertThat(s.proposed()).isEqualTo(Relation.SUPPORTS);
        assertThat(s.sameSubject()).isTrue();
        assertThat(s.why()).contains(Message.of("why.subjectUnknown")).doesNotContain(Message.of("why.subjectDiffers"));
    }

    @Test
    void anAssertionWithoutSubjectIsSameSubjectEvidenceForAFigureWithOne() {
        CheckedFigure toll = figure("at least 242 people", StatedValue.of(org.corroborate.extraction.Qualifier.AT_LEAST, "242"),
                ComparedMeasure.of(QuantityKind.DEATHS, "people"), INGD);
        StatedAssertion risen = said(INGD, 22, exact("417"), ComparedMeasure.of(QuantityKind.DEATHS, ""), "417");

        Suggestion s = only(toll, risen);

        assertThat(s.proposed()).isEqualTo(Relation.SUPPORTS);
        assertThat(s.sameSubject()).isTrue();
        assertThat(s.why()).contains(Message.of("why.subjectUnknown"));
    }

    @Test
    void anUnknownSubjectRanksBelowAMatchingOneAndAboveAnotherSubject() {
        StatedAssertion matching = said(SOHR, 20, exact("110"), PRO_REGIME_DEAD, "110");
        StatedAssertion unknown = said(SOHR, 21, exact("110"), ComparedMeasure.of(QuantityKind.DEATHS, null), "110");
        StatedAssertion other = said(SOHR, 22, exact("110"), ComparedMeasure.of(QuantityKind.DEATHS, "civils"), "110");

        List<Suggestion> ranked = ranker.rank(proRegime110, List.of(other, unknown, matching), 3);

        assertThat(ranked).extracting(Suggestion::assertion).containsExactly(matching, unknown, other);
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
        assertThat(ranked.get(2).proposed()).isEqualTo(Relation.CONTEXT);
    }

    @Test
    void aNewerTollOfTheNamedSourceSupersedesAFigureWithoutSubject() {
        CheckedFigure displaced = figure("18,000", exact("18000"), ComparedMeasure.of(QuantityKind.DISPLACED, null), INGD);
        StatedAssertion sofala = said(INGD, 18, exact("17900"), ComparedMeasure.of(QuantityKind.DISPLACED, "people"), "17,900");
        StatedAssertion later = said(INGD, 22, exact("128000"), ComparedMeasure.of(QuantityKind.DISPLACED, "people"), "128,000");
        // the ledger as the service builds it: the linked assertions and the suggestions about the same subject
        List<StatedAssertion> ledger = new ArrayList<>(List.of(sofala));
        ranker.rank(displaced, List.of(sofala, later), 12).stream().filter(Suggestion::sameSubject)
                .map(Suggestion::assertion).filter(a -> !ledger.contains(a)).forEach(ledger::add);

        FigureStanding standing = StatusEngine.withDefaults().assess(displaced, List.of(EvidenceLink.supports(sofala)), ledger);

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
    }

    private static List<StatedAssertion> candidates(int n) {
        String[] subjects = {"forces prorégime", "regime forces and loyal militiamen", "civils tués dans la région d'Idleb",
                "jihadistes et rebelles", "people killed in the Jubas school strike"};
        List<StatedAssertion> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(said(i % 2 == 0 ? SOHR : AFP, 1 + i % 28, i % 3 == 0 ? moreThan(String.valueOf(i % 300))
                    : exact(String.valueOf(i % 300)), ComparedMeasure.of(QuantityKind.DEATHS, subjects[i % subjects.length]), "n"));
        }
        return list;
    }
}
