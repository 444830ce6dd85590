package org.corroborate.evidence.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The time axis of the timeline chart (UTC): where an instant is drawn and which dates are marked.
 *
 * <p>Marks fall on calendar boundaries of one step, the smallest that leaves room for each label: hours (1, 3, 6,
 * 12, for values within a day), days (1, 2), weeks (from Monday), months (1, 3, 6), years (1, 2, 5, 10...). So
 * they always increase and each is named once: hours as "06:00" (with the day at the first and at a new day),
 * days and weeks as "18 Mar" (with the year at the first and at a new year), months as "Mar" or "Mar 2019", years
 * as "2019". The stretch runs a little beyond the first and the last value (a twelfth of the time between them, an
 * hour at least); the marks are those within it.
 *
 * <p>When one gap between the values is much longer than the values on either side of it (reports from March
 * 2019 and a story checked in December 2026), the axis is broken there: each side gets its own stretch of the
 * width and its own marks, so that the close values stay apart and legible instead of being squeezed at one edge.
 * One break at most. A stretch of a single instant is marked once, with its date.
 */
final class TimeAxis {

    /** A mark on the axis. */
    record Tick(Instant at, String label) {
    }

    /** A continuous stretch of the axis: the times {@code start .. end} drawn from {@code x0} to {@code x1}. */
    record Segment(Instant start, Instant end, double x0, double x1, List<Tick> ticks) {

        double x(Instant t) {
            long span = end.toEpochMilli() - start.toEpochMilli();
            return x0 + (t.toEpochMilli() - start.toEpochMilli()) * (x1 - x0) / span;
        }

        boolean covers(Instant t) {
            return !t.isBefore(start) && !t.isAfter(end);
        }
    }

    /** Room for one label, in pixels. */
    static final double LABEL_WIDTH = 64;
    /** The space the break takes between two stretches. */
    static final double BREAK_WIDTH = 16;
    /** A gap this many times longer than the values around it breaks the axis. */
    static final int BREAK_RATIO = 4;

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration DAY = Duration.ofDays(1);
    private static final Step[] STEPS = {
        new Step(ChronoUnit.HOURS, 1), new Step(ChronoUnit.HOURS, 3), new Step(ChronoUnit.HOURS, 6),
        new Step(ChronoUnit.HOURS, 12), new Step(ChronoUnit.DAYS, 1), new Step(ChronoUnit.DAYS, 2),
        new Step(ChronoUnit.WEEKS, 1), new Step(ChronoUnit.MONTHS, 1), new Step(ChronoUnit.MONTHS, 3),
        new Step(ChronoUnit.MONTHS, 6), new Step(ChronoUnit.YEARS, 1), new Step(ChronoUnit.YEARS, 2),
        new Step(ChronoUnit.YEARS, 5), new Step(ChronoUnit.YEARS, 10), new Step(ChronoUnit.YEARS, 20),
        new Step(ChronoUnit.YEARS, 50), new Step(ChronoUnit.YEARS, 100)};

    private final List<Segment> segments;

    private TimeAxis(List<Segment> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The axis for these instants (at least one), drawn from {@code x0} to {@code x1}. */
    static TimeAxis of(List<Instant> times, double x0, double x1, Locale locale) {
        List<Instant> sorted = times.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("A time axis needs at least one instant");
        }
        int cut = breakAfter(sorted);
        if (cut < 0) {
            return new TimeAxis(List.of(segment(sorted.getFirst(), sorted.getLast(), x0, x1, locale)));
        }
        Instant aFrom = sorted.getFirst();
        Instant aTo = sorted.get(cut);
        Instant bFrom = sorted.get(cut + 1);
        Instant bTo = sorted.getLast();
        double spanA = Duration.between(aFrom, aTo).toMillis();
        double spanB = Duration.between(bFrom, bTo).toMillis();
        double widest = Math.max(spanA, spanB);
        double weightA = Math.max(spanA, widest / 4);
        double weightB = Math.max(spanB, widest / 4);
        double room = x1 - x0 - BREAK_WIDTH;
        double split = widest == 0 ? room / 2 : room * weightA / (weightA + weightB);
        return new TimeAxis(List.of(segment(aFrom, aTo, x0, x0 + split, locale),
                segment(bFrom, bTo, x0 + split + BREAK_WIDTH, x1, locale)));
    }

    /**
     * The index of the last instant before the break, or -1 for none: the longest gap, when it is more than
     * {@link #BREAK_RATIO} times the time the values cover on both sides of it together (and at least two days).
     */
    static int breakAfter(List<Instant> sorted) {
        if (sorted.size() < 2) {
            return -1;
        }
        int at = -1;
        long longest = 0;
        for (int i = 0; i + 1 < sorted.size(); i++) {
            long gap = Duration.between(sorted.get(i), sorted.get(i + 1)).toMillis();
            if (gap > longest) {
                longest = gap;
                at = i;
            }
        }
        long covered = Duration.between(sorted.getFirst(), sorted.getLast()).toMillis() - longest;
        boolean breaks = longest >= 2 * DAY.toMillis() && longest > BREAK_RATIO * covered;
        return breaks ? at : -1;
    }

    private static Segment segment(Instant first, Instant last, double x0, double x1, Locale locale) {
        if (first.equals(last)) {
            Tick only = new Tick(first, format(first, "d MMM yyyy", locale));
            return new Segment(first.minus(DAY), last.plus(DAY), x0, x1, List.of(only));
        }
        Duration span = Duration.between(first, last);
        Duration pad = max(Duration.ofMillis(span.toMillis() / 12), HOUR);
        Instant from = first.minus(pad);
        Instant to = last.plus(pad);
        int room = Math.max(2, (int) Math.floor((x1 - x0) / LABEL_WIDTH));
        for (Step step : STEPS) {
            if (step.unit() == ChronoUnit.HOURS && Duration.between(from, to).compareTo(DAY) > 0) {
                continue;
            }
            List<ZonedDateTime> marks = new ArrayList<>();
            for (ZonedDateTime t = step.ceil(from); !t.toInstant().isAfter(to); t = step.next(t)) {
                marks.add(t);
            }
            if (marks.size() <= room + 1 || step == STEPS[STEPS.length - 1]) {
                return new Segment(from, to, x0, x1, labelled(marks, step, locale));
            }
        }
        throw new IllegalStateException("unreachable: the last step always fits");
    }

    private static List<Tick> labelled(List<ZonedDateTime> marks, Step step, Locale locale) {
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime previous = null;
        for (ZonedDateTime t : marks) {
            boolean newDay = previous == null || !previous.toLocalDate().equals(t.toLocalDate());
            boolean newYear = previous == null || previous.getYear() != t.getYear();
            String pattern = switch (step.unit()) {
                case HOURS -> newDay ? "d MMM HH:mm" : "HH:mm";
                case DAYS, WEEKS -> newYear ? "d MMM yyyy" : "d MMM";
                case MONTHS -> newYear || step.count() > 1 ? "MMM yyyy" : "MMM";
                default -> "yyyy";
            };
            ticks.add(new Tick(t.toInstant(), format(t.toInstant(), pattern, locale)));
            previous = t;
        }
        return ticks;
    }

    private static String format(Instant t, String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).format(t.atZone(ZoneOffset.UTC));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    List<Segment> segments() {
        return segments;
    }

    /** Every mark, left to right. */
    List<Tick> ticks() {
        return segments.stream().flatMap(s -> s.ticks().stream()).toList();
    }

    /** Where the axis is broken: the middle of each space between two stretches. */
    List<Double> breaks() {
        List<Double> at = new ArrayList<>();
        for (int i = 0; i + 1 < segments.size(); i++) {
            at.add((segments.get(i).x1() + segments.get(i + 1).x0()) / 2);
        }
        return at;
    }

    /** Where an instant is drawn; one that no stretch covers is drawn at the nearest end. */
    double x(Instant t) {
        for (Segment s : segments) {
            if (s.covers(t)) {
                return s.x(t);
            }
        }
        return t.isBefore(segments.getFirst().start()) ? segments.getFirst().x0() : segments.getLast().x1();
    }

    /** One step of marks: a count of a calendar unit. */
    private record Step(ChronoUnit unit, int count) {

        ZonedDateTime floor(Instant t) {
            ZonedDateTime z = t.atZone(ZoneOffset.UTC);
            return switch (unit) {
                case HOURS -> z.truncatedTo(ChronoUnit.HOURS).withHour(z.getHour() / count * count);
                case DAYS -> {
                    ZonedDateTime day = z.truncatedTo(ChronoUnit.DAYS);
                    yield day.minusDays(Math.floorMod(day.toLocalDate().toEpochDay(), count));
                }
                case WEEKS -> z.truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTHS -> z.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
                        .withMonth((z.getMonthValue() - 1) / count * count + 1);
                default -> z.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1)
                        .withYear(Math.floorDiv(z.getYear(), count) * count);
            };
        }

        ZonedDateTime ceil(Instant t) {
            ZonedDateTime floor = floor(t);
            return floor.toInstant().equals(t) ? floor : next(floor);
        }

        ZonedDateTime next(ZonedDateTime t) {
            return t.plus(count, unit);
        }
    }
}
