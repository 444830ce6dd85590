package org.corroborate.extraction.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.extraction.ExtractedFigure;
import org.corroborate.extraction.Extraction;
import org.corroborate.extraction.FigureExtractor;

/**
 * Throwaway-style quick check for iterating on extraction speed: times {@code extract} on the
 * benchmark text and optionally writes every figure to a file, so two versions of the engine can
 * be diffed for identical output. Usage: {@code QuickTiming <megabytes> <rounds> [dumpFile]}.
 */
public final class QuickTiming {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public static void main(String[] args) throws Exception {
        int mb = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.megabytes = mb;
        b.setUp();
        String text = b.text();
        FigureExtractor fx = new FigureExtractor();
        for (int r = 0; r < rounds; r++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Extraction e = fx.extract(text);
            long t1 = System.nanoTime();
            long c1 = CPU.getCurrentThreadCpuTime();
            Matcher m = DIGITS.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            long t2 = System.nanoTime();
            long c2 = CPU.getCurrentThreadCpuTime();
            System.out.printf("round %d: extract %.1f ms (cpu %.1f, %d figures), bare scan %.1f ms (cpu %.1f, %d)%n",
                    r, (t1 - t0) / 1e6, (c1 - c0) / 1e6, e.figures().size(), (t2 - t1) / 1e6, (c2 - c1) / 1e6, n);
        }
        if (args.length > 2) {
            StringBuilder out = new StringBuilder();
            Extraction e = fx.extract(text);
            out.append(e.language()).append('\n');
            for (ExtractedFigure f : e.figures()) {
                out.append(f).append('\n');
            }
            Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
        }
    }
}
