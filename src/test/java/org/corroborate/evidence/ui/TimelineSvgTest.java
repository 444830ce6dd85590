package org.corroborate.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.evidence.FigurePanelData.LedgerEntry;
import org.corroborate.evidence.FigurePanelData.Role;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {

    private static final TimelineSvg.Labels LABELS = new TimelineSvg.Labels("Values stated for “260”",
            role -> role.name().toLowerCase(), "This story");

    @Test
    void valuesOfOneInstantAreMarkedOnceByTheirDateNotByMilliseconds() {
        Instant t = Instant.parse("2019-12-24T13:00:00Z");

        String svg = TimelineSvg.svg(List.of(entry("OSDH", t, "247", "273", null, false)), Locale.ENGLISH, LABELS);

        assertThat(labels(svg)).containsExactly("24 Dec 2019");
        assertThat(svg).doesNotContain(":00");
    }

    @Test
    void reportsOfMarch2019AndAStoryOfDecember2026GetIncreasingDistinctDatesAndABrokenAxis() {
        List<LedgerEntry> ledger = List.of(
                entry("INGD", Instant.parse("2019-03-18T09:00:00Z"), "242", null, Role.SUPPORTING, false),
                entry("OCHA", Instant.parse("2019-03-20T12:00:00Z"), "300", "300", null, false),
                entry("AFP", Instant.parse("2019-03-22T18:00:00Z"), "446", "446", null, false),
                entry("Story", Instant.parse("2026-12-04T10:00:00Z"), "242", null, null, true));

        String svg = TimelineSvg.svg(ledger, Locale.ENGLISH, LABELS);

        assertThat(labels(svg)).doesNotHaveDuplicates().startsWith("19 Mar 2019").endsWith("4 Dec 2026");
        assertThat(svg).contains("class=\"axis-break\"");
    }

    @Test
    void eachValueIsFocusableAndNamedAndAnOpenSideEndsInAnArrow() {
        Instant t = Instant.parse("2019-12-20T10:00:00Z");
        String svg = TimelineSvg.svg(List.of(entry("La Croix/AFP", t, "70", null, Role.CONTRADICTING, false),
                entry("Story", Instant.parse("2019-12-24T10:00:00Z"), "70", null, null, true)), Locale.FRENCH, LABELS);

        assertThat(svg).contains("tabindex=\"0\"").contains("aria-label=\"La Croix/AFP, 20 déc. 2019\u00a0: &gt; 70 ((70, ∞)), contradicting\"")
                .contains("class=\"stated contradicting\"").contains("class=\"open-end\"").contains("own-band")
                .contains("aria-label=\"Values stated for “260”\"");
    }

    @Test
    void namesAreEscaped() {
        String svg = TimelineSvg.svg(List.of(entry("<script>\"x\"", Instant.parse("2019-12-20T10:00:00Z"), "1", "2",
                null, false)), Locale.ENGLISH, LABELS);
        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;&quot;x&quot;");
    }

    private static List<String> labels(String svg) {
        Matcher m = Pattern.compile("<text class=\"axis-label day\"[^>]*>([^<]*)</text>").matcher(svg);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static LedgerEntry entry(String origin, Instant at, String low, String high, Role role, boolean own) {
        return new LedgerEntry(origin, at, low == null ? null : new BigDecimal(low),
                high == null ? null : new BigDecimal(high), high == null ? "(" + low + ", ∞)" : "[" + low + ", " + high + "]",
                high == null ? "> " + low : low + "–" + high, "q", role, own);
    }
}
