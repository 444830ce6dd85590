package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.EvidenceLink.supports;
import static org.corroborate.evidence.domain.Fixtures.day;
import static org.corroborate.evidence.domain.Fixtures.exact;
import static org.corroborate.evidence.domain.Fixtures.said;

import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.junit.jupiter.api.Test;

/**
 * A union's ballot ("87% of NLC delegates backed the strike") was shown superseded because the union later gave its
 * strike's compliance ("above 95%", no subject stated): a share or an amount whose subject one side does not state is
 * no newer value of it (walk of 5 December 2026, G3). A toll still is (DD020), and so is a share about the same thing.
 */
class SupersessionWithoutSubjectTest {

    private static final SourceProfile UNION = new SourceProfile("nlc", "Nigeria Labour Congress", true, Reliability.F);
    private static final SourceProfile POLICE = new SourceProfile("police", "Nigeria Police Force", true, Reliability.C);

    private final StatusEngine engine = StatusEngine.withDefaults();

    private static CheckedFigure figure(String quote, StatedValue value, ComparedMeasure measure, SourceProfile source) {
        return new CheckedFigure("f-" + quote, quote, value, measure, source, day(3));
    }

    @Test
    void aShareIsNotSupersededByALaterShareOfNothingStated() {
        CheckedFigure ballot = figure("87%", exact("87"), share("NLC delegates"), UNION);
        StatedAssertion compliance = said(UNION, 4, StatedValue.of(Qualifier.MORE_THAN, "95"), share(null), "above 95%");

        FigureStanding standing = engine.assess(ballot, List.of(), List.of(compliance));

        assertThat(standing.status()).isEqualTo(FigureStatus.UNSUPPORTED);
    }

    @Test
    void uneSommeNEstPasDepasseeParUneSommeSansSujet() {
        CheckedFigure budget = figure("2,5 millions d'euros", exact("2500000"),
                new ComparedMeasure(QuantityKind.MONEY, "surveillance des captages", null, null, "€"), UNION);
        StatedAssertion damages = said(UNION, 4, exact("45000000"),
                new ComparedMeasure(QuantityKind.MONEY, null, null, null, "€"), "45 millions");

        FigureStanding standing = engine.assess(budget, List.of(), List.of(damages));

        assertThat(standing.status()).isEqualTo(FigureStatus.UNSUPPORTED);
    }

    @Test
    void aShareAboutTheSameThingStillSupersedes() {
        CheckedFigure compliance = figure("more than 90%", StatedValue.of(Qualifier.MORE_THAN, "90"),
                share("public-sector workers on strike"), UNION);
        StatedAssertion then = said(UNION, 3, StatedValue.of(Qualifier.MORE_THAN, "90"),
                share("public-sector workers on strike"), "more than 90%");
        StatedAssertion since = said(UNION, 5, exact("60"), share("public-sector workers on strike"), "60%");

        FigureStanding standing = engine.assess(compliance, List.of(supports(then)), List.of(since));

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
    }

    @Test
    void aTollWithoutSubjectStillSupersedes() {
        CheckedFigure two = figure("two", exact("2"), ComparedMeasure.of(QuantityKind.DEATHS, "people"), POLICE);
        StatedAssertion three = said(POLICE, 4, exact("3"), ComparedMeasure.of(QuantityKind.DEATHS, null), "three");

        FigureStanding standing = engine.assess(two, List.of(), List.of(three));

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
    }

    /**
     * The third walk's H6: the council's final "41.1% of valid votes" supersedes its preliminary "41.3% of the vote"
     * (both subjects now read: "vote against 40.1%" and "valid votes and Revolucion Ciudadana" were read before).
     */
    @Test
    void anUpdatedOfficialShareOfTheVoteSupersedesTheEarlierOne() {
        SourceProfile council = new SourceProfile("cne", "National Electoral Council", false, Reliability.A);
        CheckedFigure preliminary = figure("41.3%", exact("41.3"), share("vote"), council);
        StatedAssertion then = said(council, 3, exact("41.3"), share("vote"), "41.3%");
        StatedAssertion fin = said(council, 5, exact("41.1"), share("valid votes"), "41.1%");

        FigureStanding standing = engine.assess(preliminary, List.of(supports(then)), List.of(fin));

        assertThat(standing.status()).isEqualTo(FigureStatus.SUPERSEDED);
    }

    private static ComparedMeasure share(String subject) {
        return new ComparedMeasure(QuantityKind.SHARE, subject, null, null, "%");
    }
}
