package org.corroborate.evidence.domain;

import java.time.Instant;
import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;

/** Small builders for unit tests: sources of the Idlib coverage, figures and assertions in one line. */
final class Fixtures {

    static final Source SOHR = new Source("sohr", "OSDH", false, Reliability.B);
    static final Source ARMY = new Source("syrian-army", "the army", true, Reliability.D);
    static final Source TURKISH_PRESIDENCY = new Source("turkish-presidency", "Turkish presidency", true, Reliability.D);
    static final Source OCHA = new Source("ocha", "OCHA", false, Reliability.A);
    static final Source UNICEF = new Source("unicef", "UNICEF", false, Reliability.A);
    static final Source AFP = new Source("afp", "AFP", false, Reliability.B);
    static final Source REUTERS = new Source("reuters", "Reuters", false, Reliability.B);
    static final Source RFI = new Source("rfi", "RFI", false, Reliability.B);
    static final Source LA_CROIX = new Source("la-croix", "La Croix", false, Reliability.B);
    static final Source XINHUA = new Source("xinhua", "Xinhua", false, Reliability.C);
    static final Source UNKNOWN = new Source("blog", "a blog", false, Reliability.F);

    static final Instant STORY_TIME = Instant.parse("2019-12-24T18:00:00Z");

    static final Measure FIGHTERS_KILLED = new Measure(QuantityKind.DEATHS, "combattants des deux camps", null,
            "depuis le 19 décembre", null);
    static final Measure VILLAGES_TAKEN = Measure.of(QuantityKind.PLACES, "villages pris par le régime");
    static final Measure TERRITORY_HELD = new Measure(QuantityKind.SHARE, "part du territoire contrôlée par le régime",
            null, null, "%");
    static final Measure DISPLACED = Measure.of(QuantityKind.DISPLACED, "people displaced from southern Idlib");

    private static int next;

    private Fixtures() {
    }

    static Instant day(int december) {
        return Instant.parse("2019-12-%02dT12:00:00Z".formatted(december));
    }

    static CheckedFigure figure(String quote, StatedValue value, Measure measure, Source attribution) {
        return new CheckedFigure("f-" + quote, quote, value, measure, attribution, STORY_TIME);
    }

    static StatedAssertion said(Source origin, int december, StatedValue value, Measure measure, String quote) {
        return new StatedAssertion("a" + ++next, "r" + next, origin, List.of(), origin, day(december), value, measure,
                quote);
    }

    static StatedAssertion relayed(Source publisher, Source origin, int december, StatedValue value, Measure measure,
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
