package org.corroborate.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The timeline's time axis: marks that increase, each named once, on calendar boundaries from hours to years. */
class TimeAxisTest {

    private static final double X0 = 56;
    private static final double X1 = 544;

    @Test
    void reportsOfOneWeekAndAStoryYearsLaterBreakTheAxisAndKeepTheReportsApart() {
        List<Instant> times = Stream.of("2019-03-18T09:00:00Z", "2019-03-19T15:00:00Z", "2019-03-20T08:00:00Z",
                "2019-03-22T18:00:00Z", "2026-12-04T10:00:00Z").map(Instant::parse).toList();

        TimeAxis axis = TimeAxis.of(times, X0, X1, Locale.ENGLISH);

        wellFormed(axis, times);
        assertThat(axis.breaks()).hasSize(1);
        assertThat(axis.segments().getLast().ticks()).extracting(TimeAxis.Tick::label).containsExactly("4 Dec 2026");
        assertThat(axis.ticks().getFirst().label()).isEqualTo("19 Mar 2019");
        assertThat(axis.ticks()).extracting(TimeAxis.Tick::label).contains("20 Mar", "22 Mar");
        assertThat(axis.x(times.get(3)) - axis.x(times.get(0))).as("the reports spread over most of the width")
                .isGreaterThan(250);
        assertThat(axis.x(times.get(1)) - axis.x(times.get(0))).isGreaterThan(40);
    }

    @Test
    void valuesCloseTogetherInTimeKeepOneContinuousAxis() {
        List<Instant> times = Stream.of("2019-03-18T09:00:00Z", "2019-03-22T18:00:00Z", "2019-03-24T10:00:00Z")
                .map(Instant::parse).toList();

        TimeAxis axis = TimeAxis.of(times, X0, X1, Locale.FRENCH);

        wellFormed(axis, times);
        assertThat(axis.breaks()).isEmpty();
        assertThat(axis.ticks().getFirst().label()).isEqualTo("18 mars 2019");
    }

    @Test
    void valuesWithinHoursAreMarkedByTheHour() {
        List<Instant> times = Stream.of("2019-03-18T06:10:00Z", "2019-03-18T08:40:00Z", "2019-03-18T12:00:00Z")
                .map(Instant::parse).toList();

        TimeAxis axis = TimeAxis.of(times, X0, X1, Locale.ENGLISH);

        wellFormed(axis, times);
        assertThat(axis.ticks()).extracting(TimeAxis.Tick::label).contains("18 Mar 06:00", "07:00", "12:00");
    }

    @Test
    void aYearIsMarkedByMonthsAndADecadeByYears() {
        List<Instant> year = List.of(Instant.parse("2019-01-01T00:00:00Z"), Instant.parse("2019-05-01T00:00:00Z"),
                Instant.parse("2019-12-31T00:00:00Z"));
        List<Instant> decade = List.of(Instant.parse("2011-03-15T00:00:00Z"), Instant.parse("2014-06-01T00:00:00Z"),
                Instant.parse("2016-01-01T00:00:00Z"), Instant.parse("2019-12-24T00:00:00Z"));

        TimeAxis months = TimeAxis.of(year, X0, X1, Locale.ENGLISH);
        TimeAxis years = TimeAxis.of(decade, X0, X1, Locale.ENGLISH);

        wellFormed(months, year);
        wellFormed(years, decade);
        assertThat(months.ticks()).extracting(TimeAxis.Tick::label).contains("Jan 2019", "Jul 2019");
        assertThat(years.ticks()).extracting(TimeAxis.Tick::label).contains("2012", "2016");
    }

    @Test
    void aSingleInstantIsMarkedOnceWithItsDate() {
        Instant t = Instant.parse("2019-12-24T13:00:00Z");

        TimeAxis axis = TimeAxis.of(List.of(t, t), X0, X1, Locale.ENGLISH);

        assertThat(axis.ticks()).extracting(TimeAxis.Tick::label).containsExactly("24 Dec 2019");
        assertThat(axis.x(t)).isCloseTo((X0 + X1) / 2, org.assertj.core.data.Offset.offset(0.5));
    }

    /** Marks increase left to right, each named once, at most nine, and every value lies on the axis. */
    private static void wellFormed(TimeAxis axis, List<Instant> times) {
        List<TimeAxis.Tick> ticks = axis.ticks();
        assertThat(ticks).hasSizeBetween(2, 9);
        assertThat(ticks).extracting(TimeAxis.Tick::label).doesNotHaveDuplicates();
        for (int i = 0; i + 1 < ticks.size(); i++) {
            assertThat(ticks.get(i + 1).at()).isAfter(ticks.get(i).at());
            assertThat(axis.x(ticks.get(i + 1).at()) - axis.x(ticks.get(i).at())).as("room for a label")
                    .isGreaterThanOrEqualTo(TimeAxis.LABEL_WIDTH * 0.75);
        }
        for (Instant t : times) {
            assertThat(axis.x(t)).isBetween(X0, X1);
        }
        for (int i = 0; i + 1 < times.size(); i++) {
            if (times.get(i + 1).isAfter(times.get(i))) {
                assertThat(axis.x(times.get(i + 1))).isGreaterThan(axis.x(times.get(i)));
            }
        }
    }
}
