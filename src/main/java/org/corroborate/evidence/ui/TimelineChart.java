package org.corroborate.evidence.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.evidence.FigurePanelData.LedgerEntry;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Every value stated for a measure, by origin and date: one series per origin, each value an interval
 * drawn as a vertical bar; an open side runs to the edge of the chart and ends in an arrow. The figure's
 * own interval is the shaded band, its date the dashed line. Rendered on the server (JFreeChart) as PNG.
 */
final class TimelineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;

    private TimelineChart() {
    }

    /** A data: URL of the chart, for an image element. */
    static String dataUrl(List<LedgerEntry> ledger, String valueAxisLabel) {
        try {
            byte[] png = ChartUtils.encodeAsPNG(chart(ledger, valueAxisLabel).createBufferedImage(WIDTH, HEIGHT));
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot draw the timeline", e);
        }
    }

    static JFreeChart chart(List<LedgerEntry> ledger, String valueAxisLabel) {
        BigDecimal top = BigDecimal.ONE;
        for (LedgerEntry e : ledger) {
            top = max(top, e.lower());
            top = max(top, e.upper());
        }
        double ceiling = top.doubleValue() * 1.3;
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        XYPlot plot = new XYPlot();
        for (LedgerEntry e : ledger) {
            double x = e.published().toEpochMilli();
            double low = e.lower() == null ? 0 : e.lower().doubleValue();
            double high = e.upper() == null ? ceiling : e.upper().doubleValue();
            if (e.own()) {
                IntervalMarker band = new IntervalMarker(low, high, new Color(255, 198, 109, 90));
                plot.addRangeMarker(band, Layer.BACKGROUND);
                ValueMarker when = new ValueMarker(x, new Color(120, 120, 120), new BasicStroke(1f,
                        BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
                plot.addDomainMarker(when);
                continue;
            }
            series.computeIfAbsent(e.origin(), YIntervalSeries::new).add(x, (low + high) / 2, low, high);
            if (e.upper() == null) {
                plot.addAnnotation(arrow("▲", x, ceiling));
            }
            if (e.lower() == null) {
                plot.addAnnotation(arrow("▼", x, 0));
            }
        }
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        series.values().forEach(dataset::addSeries);
        plot.setDataset(dataset);
        YIntervalRenderer renderer = new YIntervalRenderer();
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(4f));
        }
        plot.setRenderer(renderer);
        DateAxis time = new DateAxis();
        plot.setDomainAxis(time);
        NumberAxis value = new NumberAxis(valueAxisLabel);
        value.setRange(0, ceiling * 1.05);
        plot.setRangeAxis(value);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static XYTextAnnotation arrow(String arrow, double x, double y) {
        XYTextAnnotation annotation = new XYTextAnnotation(arrow, x, y);
        annotation.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        return annotation;
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
