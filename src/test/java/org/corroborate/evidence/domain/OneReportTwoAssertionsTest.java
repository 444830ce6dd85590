package org.corroborate.evidence.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.corroborate.evidence.domain.EvidenceLink.supports;
import static org.corroborate.evidence.domain.Fixtures.AFP;
import static org.corroborate.evidence.domain.Fixtures.day;
import static org.corroborate.evidence.domain.Fixtures.exact;

import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.junit.jupiter.api.Test;

/**
 * A single source counts reports, not figures linked (third walk, H20: « Plus de 1 200 » linked to two figures of one
 * AFP dispatch read "AFP (2 reports, one origin)").
 */
class OneReportTwoAssertionsTest {

    private final StatusEngine engine = StatusEngine.withDefaults();

    @Test
    void twoFiguresOfOneDispatchAreOneReport() {
        ComparedMeasure firefighters = ComparedMeasure.of(QuantityKind.PEOPLE, "pompiers");
        CheckedFigure figure = new CheckedFigure("f", "Plus de 1 200", StatedValue.of(Qualifier.MORE_THAN, "1200"),
                firefighters, null, day(13));
        StatedAssertion first = new StatedAssertion("a1", "dispatch", AFP, List.of(), AFP, day(12), exact("1250"),
                firefighters, "1 250");
        StatedAssertion second = new StatedAssertion("a2", "dispatch", AFP, List.of(), AFP, day(12),
                StatedValue.of(Qualifier.NEARLY, "1500"), firefighters, "près de 1 500");
        StatedAssertion later = new StatedAssertion("a3", "update", AFP, List.of(), AFP, day(13), exact("1300"),
                firefighters, "1 300");

        assertThat(engine.assess(figure, List.of(supports(first), supports(second)), List.of()).explanation())
                .contains(Message.of("status.SINGLE_SOURCE", List.of("AFP"), 1));
        assertThat(engine.assess(figure, List.of(supports(first), supports(later)), List.of()).explanation())
                .contains(Message.of("status.SINGLE_SOURCE", List.of("AFP"), 2));
    }
}
