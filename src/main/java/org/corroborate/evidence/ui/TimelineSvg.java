package org.corroborate.evidence.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.corroborate.evidence.FigurePanelData.LedgerEntry;
import org.corroborate.evidence.FigurePanelData.Role;

/**
 * Every value stated for a measure, by date, drawn by the server as SVG: a time axis ({@link TimeAxis}), a value
 * axis, each stated value a vertical bar from its low to its high (an open side runs to the edge and ends in an
 * arrow), coloured by what it does for the figure; the figure's own interval is the shaded band and its date the
 * dashed line. Each value is focusable and named for screen readers ("origin, date: value"), with a tooltip.
 * Plain Java: the text is escaped here; the labels come translated from the caller.
 */
final class TimelineSvg {

    static final int WIDTH = 560;
    static final int HEIGHT = 240;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 40;
    private static final long DAY = Duration.ofDays(1).toMillis();

    /** What the chart says in words: its name, and an entry's role ("supporting"). */
    record Labels(String title, Function<Role, String> role, String figure) {
    }

    private TimelineSvg() {
    }

    static String svg(List<LedgerEntry> ledger, Locale locale, Labels labels) {
        if (ledger.isEmpty()) {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-svg\" role=\"img\" width=\"0\" height=\"0\""
                    + " aria-label=\"" + esc(labels.title()) + "\"></svg>";
        }
        TimeAxis time = TimeAxis.of(ledger.stream().map(LedgerEntry::published).toList(), LEFT, WIDTH - RIGHT,
                locale);
        BigDecimal top = BigDecimal.ONE;
        for (LedgerEntry e : ledger) {
            top = max(max(top, e.lower()), e.upper());
        }
        double ceiling = niceCeiling(top.doubleValue() * 1.15);
        Function<Double, Double> y = v -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / ceiling);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        DateTimeFormatter fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);

        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline-svg\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"group\" aria-label=\"").append(esc(labels.title()))
                .append("\">");
        // Value axis: five lines with their numbers.
        for (int i = 0; i <= 4; i++) {
            double v = ceiling * i / 4;
            double yy = y.apply(v);
            s.append(line(LEFT, yy, WIDTH - RIGHT, yy, "grid"));
            s.append(text(LEFT - 6, yy + 4, "end", "axis-label", numbers.format(v)));
        }
        // Time axis: marks on calendar boundaries (hours ... years), broken where a long gap separates the values.
        double base = HEIGHT - BOTTOM;
        for (TimeAxis.Segment segment : time.segments()) {
            s.append(line(segment.x0(), base, segment.x1(), base, "axis"));
            for (TimeAxis.Tick tick : segment.ticks()) {
                double xx = segment.x(tick.at());
                s.append(line(xx, base, xx, base + 5, "axis"));
                s.append(text(xx, base + 18, "middle", "axis-label day", tick.label()));
            }
        }
        for (double xx : time.breaks()) {
            s.append("<path class=\"axis-break\" aria-hidden=\"true\" d=\"M").append(f(xx - 6)).append(' ')
                    .append(f(base + 5)).append(" L").append(f(xx - 2)).append(' ').append(f(base - 5)).append(" M")
                    .append(f(xx + 2)).append(' ').append(f(base + 5)).append(" L").append(f(xx + 6)).append(' ')
                    .append(f(base - 5)).append("\"/>");
        }
        // The figure itself: its interval as a band, its date as a dashed line.
        for (LedgerEntry e : ledger) {
            if (e.own()) {
                double low = e.lower() == null ? 0 : e.lower().doubleValue();
                double high = e.upper() == null ? ceiling : e.upper().doubleValue();
                s.append("<rect class=\"own-band\" x=\"").append(LEFT).append("\" y=\"").append(f(y.apply(high)))
                        .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"")
                        .append(f(Math.max(1, y.apply(low) - y.apply(high)))).append("\"><title>")
                        .append(esc(org.corroborate.base.ui.Formats.labelled(labels.figure(), e.value(), locale))).append("</title></rect>");
                double xx = time.x(e.published());
                s.append(line(xx, TOP, xx, base, "own-date"));
            }
        }
        // Each stated value, a little apart from others of the same day.
        Map<Long, Integer> sameDay = new LinkedHashMap<>();
        for (LedgerEntry e : ledger) {
            if (e.own()) {
                continue;
            }
            long day = Math.floorDiv(e.published().toEpochMilli(), DAY);
            int nth = sameDay.merge(day, 1, Integer::sum) - 1;
            double xx = time.x(e.published()) + (nth % 2 == 0 ? 1 : -1) * ((nth + 1) / 2) * 7.0;
            double low = e.lower() == null ? 0 : e.lower().doubleValue();
            double high = e.upper() == null ? ceiling : e.upper().doubleValue();
            String role = e.role() == null ? "other" : e.role().name().toLowerCase(Locale.ROOT);
            String name = org.corroborate.base.ui.Formats.labelled(e.origin() + ", "
                    + fullDate.format(e.published().atZone(ZoneOffset.UTC)), e.value() + " (" + e.interval() + ")", locale)
                    + (e.role() == null ? "" : ", " + labels.role().apply(e.role()));
            s.append("<g class=\"stated ").append(role).append("\" tabindex=\"0\" role=\"img\" aria-label=\"")
                    .append(esc(name)).append("\"><title>").append(esc(name)).append("</title>");
            s.append(line(xx, y.apply(low), xx, y.apply(high), "bar"));
            if (e.upper() == null) {
                s.append(arrow(xx, y.apply(high), true));
            }
            if (e.lower() == null) {
                s.append(arrow(xx, y.apply(low), false));
            }
            s.append("</g>");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String arrow(double x, double y, boolean up) {
        double d = up ? -6 : 6;
        return "<path class=\"open-end\" d=\"M" + f(x - 5) + " " + f(y) + " L" + f(x) + " " + f(y + d) + " L" + f(x + 5)
                + " " + f(y) + " Z\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String css) {
        return "<line class=\"" + css + "\" x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2)
                + "\"/>";
    }

    private static String text(double x, double y, String anchor, String css, String content) {
        return "<text class=\"" + css + "\" x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\">"
                + esc(content) + "</text>";
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}. */
    static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-9))));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= value) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
