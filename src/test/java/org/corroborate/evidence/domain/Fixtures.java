package org.corroborate.evidence.domain;

import java.time.Instant;
import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;

/** Small builders for unit tests: sources of the Idlib coverage, figures and assertions in one line. */
final class Fixtures {

    static final SourceProfile SOHR = new SourceProfile("sohr", "OSDH", false, Reliability.B);
    static final SourceProfile ARMY = new SourceProfile("syrian-army", "the army", true, Reliability.D);
    static final SourceProfile TURKISH_PRESIDENCY = new SourceProfile("turkish-presidency", "Turkish presidency", true, Reliability.D);
    static final SourceProfile OCHA = new SourceProfile("ocha", "OCHA", false, Reliability.A);
    static final SourceProfile UNICEF = new SourceProfile("unicef", "UNICEF", false, Reliability.A);
    static final SourceProfile AFP = new SourceProfile("afp", "AFP", false, Reliability.B);
    static final SourceProfile REUTERS = new SourceProfile("reuters", "Reuters", false, Reliability.B);
    static final SourceProfile RFI = new SourceProfile("rfi", "RFI", false, Reliability.B);
    static final SourceProfile LA_CROIX = new SourceProfile("la-croix", "La Croix", false, Reliability.B);
    static final SourceProfile XINHUA = new SourceProfile("xinhua", "Xinhua", false, Reliability.C);
    static final SourceProfile UNKNOWN = new SourceProfile("blog", "a blog", false, Reliability.F);

    static final Instant STORY_TIME = Instant.parse("2019-12-24T18:00:00Z");

    static final ComparedMeasure FIGHTERS_KILLED = new ComparedMeasure(QuantityKind.DEATHS, "combattants des deux camps", null,
            "depuis le 19 décembre", null);
    static final ComparedMeasure VILLAGES_TAKEN = ComparedMeasure.of(QuantityKind.PLACES, "villages pris par le régime");
    static final ComparedMeasure TERRITORY_HELD = new ComparedMeasure(QuantityKind.SHARE, "part du territoire contrôlée par le régime",
            null, null, "%");
    static final ComparedMeasure DISPLACED = ComparedMeasure.of(QuantityKind.DISPLACED, "people displaced from southern Idlib");

    private static int next;

    private Fixtures() {
    }

    static Instant day(int december) {
        return Instant.parse("2019-12-%02dT12:00:00Z".formatted(december));
    }

    static CheckedFigure figure(String quote, StatedValue value, ComparedMeasure measure, SourceProfile attribution) {
        return new CheckedFigure("f-" + quote, quote, value, measure, attribution, STORY_TIME);
    }

    static StatedAssertion said(SourceProfile origin, int december, StatedValue value, ComparedMeasure measure, String quote) {
        return new StatedAssertion("a" + ++next, "r" + next, origin, List.of(), origin, day(december), value, measure,
                quote);
    }

    static StatedAssertion relayed(SourceProfile publisher, SourceProfile origin, int december, StatedValue value, ComparedMeasure measure,
                                   String quote) {
        return new StatedAssertion("a" + ++next, "r" + next, origin, List.of(), publisher, day(december), value, measure,
                quote);
    }

    static StatedValue moreThan(String n) {
        return StatedValue.of(Qualifier.MORE_THAN, n);
    }

    static StatedValue nearly(String n) {
        return StatedValue.of(Qualifier.NEARLY, n);
    }

    static StatedValue about(String n) {
        return StatedValue.of(Qualifier.APPROXIMATE, n);
    }

    static StatedValue exact(String n) {
        return StatedValue.exact(n);
    }
}
