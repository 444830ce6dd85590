package org.corroborate.extraction.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A/B timing of two or more builds of the extraction engine in one JVM, so that they share the
 * machine's load: each build's classes are loaded from their own directory in their own class
 * loader (the engine uses only the JDK), and every round runs each engine once on the benchmark
 * text of {@link ExtractionBenchmark}, in an order that rotates from round to round, then the bare
 * {@code \d+} scan. Reports thread CPU time, wall time, bytes allocated and the garbage
 * collections that ran during each extraction (their count and the time the collectors report,
 * mostly pauses of the extracting thread: not in its CPU time, but in the wall time that JMH
 * measures), medians over the second half of the rounds (collections: totals over them), and the
 * median and quartiles of the per-round ratios to the first build. Usage: {@code QuickAB <megabytes> <rounds> <classesDirA> <classesDirB> [...]}, each
 * directory holding {@code org/corroborate/extraction/*.class}.
 */
public final class QuickAB {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private QuickAB() {
    }

    public static void main(String[] args) throws Exception {
        int mb = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int engines = args.length - 2;
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.megabytes = mb;
        b.setUp();
        String text = b.text();
        Object[] extractors = new Object[engines];
        Method[] extract = new Method[engines];
        Method[] figures = new Method[engines];
        for (int e = 0; e < engines; e++) {
            URL url = Path.of(args[2 + e]).toUri().toURL();
            ClassLoader loader = new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
            Class<?> fx = loader.loadClass("org.corroborate.extraction.FigureExtractor");
            Class<?> ex = loader.loadClass("org.corroborate.extraction.Extraction");
            extractors[e] = fx.getConstructor().newInstance();
            extract[e] = fx.getMethod("extract", String.class);
            figures[e] = ex.getMethod("figures");
        }
        double[][] cpu = new double[engines][rounds];
        double[][] wall = new double[engines][rounds];
        double[][] alloc = new double[engines][rounds];
        double[][] gcMillis = new double[engines][rounds];
        int[][] gcCount = new int[engines][rounds];
        double[] bare = new double[rounds];
        // The collectors that pause the application (G1's young and full collections), not its concurrent cycles
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(c -> !c.getName().contains("Concurrent")).toList();
        long tid = Thread.currentThread().threadId();
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder("round " + r + ":");
            for (int o = 0; o < engines; o++) {
                int e = (o + r) % engines;
                long g0 = collectionTime(collectors);
                long n0 = collectionCount(collectors);
                long a0 = THREADS.getThreadAllocatedBytes(tid);
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Object result = extract[e].invoke(extractors[e], text);
                long t1 = System.nanoTime();
                long c1 = THREADS.getCurrentThreadCpuTime();
                long a1 = THREADS.getThreadAllocatedBytes(tid);
                gcMillis[e][r] = collectionTime(collectors) - g0;
                gcCount[e][r] = (int) (collectionCount(collectors) - n0);
                int n = ((List<?>) figures[e].invoke(result)).size();
                cpu[e][r] = (c1 - c0) / 1e6;
                wall[e][r] = (t1 - t0) / 1e6;
                alloc[e][r] = (a1 - a0) / 1048576.0;
                line.append(String.format(Locale.ROOT, " %c %.1f ms cpu (%.1f wall, %.1f MB, %d gc %.0f ms, %d figures);",
                        (char) ('A' + e), cpu[e][r], wall[e][r], alloc[e][r], gcCount[e][r], gcMillis[e][r], n));
            }
            long c0 = THREADS.getCurrentThreadCpuTime();
            Matcher m = DIGITS.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            bare[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            line.append(String.format(Locale.ROOT, " bare %.2f ms cpu (%d)", bare[r], n));
            System.out.println(line);
        }
        int from = rounds / 2;
        double bareMedian = median(bare, from);
        System.out.printf(Locale.ROOT, "rounds %d-%d, %d MB; bare scan %.2f ms cpu (median)%n", from, rounds - 1, mb,
                bareMedian);
        for (int e = 0; e < engines; e++) {
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratio[r] = cpu[e][r] / cpu[0][r];
            }
            double[] q = quartiles(ratio, from);
            double[] wallRatio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                wallRatio[r] = wall[e][r] / wall[0][r];
            }
            double[] wq = quartiles(wallRatio, from);
            int gcs = 0;
            double gcTime = 0;
            for (int r = from; r < rounds; r++) {
                gcs += gcCount[e][r];
                gcTime += gcMillis[e][r];
            }
            System.out.printf(Locale.ROOT,
                    "%c %s: cpu median %.2f ms (min %.2f), wall median %.2f ms, %.1f MB allocated; "
                            + "1/%.1f of the bare scan; cpu / A per round: median %.3f (quartiles %.3f-%.3f); "
                            + "wall / A per round: median %.3f (quartiles %.3f-%.3f); %d collections during its %d "
                            + "extractions, %.0f ms in all (%.1f ms per extraction)%n",
                    (char) ('A' + e), args[2 + e], median(cpu[e], from), min(cpu[e], from), median(wall[e], from),
                    median(alloc[e], from), median(cpu[e], from) / bareMedian, q[1], q[0], q[2], wq[1], wq[0], wq[2],
                    gcs, rounds - from, gcTime, gcTime / (rounds - from));
        }
    }

    private static long collectionTime(List<GarbageCollectorMXBean> collectors) {
        long t = 0;
        for (GarbageCollectorMXBean c : collectors) {
            t += Math.max(0, c.getCollectionTime());
        }
        return t;
    }

    private static long collectionCount(List<GarbageCollectorMXBean> collectors) {
        long n = 0;
        for (GarbageCollectorMXBean c : collectors) {
            n += Math.max(0, c.getCollectionCount());
        }
        return n;
    }

    private static double[] tail(double[] xs, int from) {
        double[] s = Arrays.copyOfRange(xs, from, xs.length);
        Arrays.sort(s);
        return s;
    }

    private static double median(double[] xs, int from) {
        double[] s = tail(xs, from);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] xs, int from) {
        return tail(xs, from)[0];
    }

    /** Lower quartile, median, upper quartile of {@code xs[from..]}. */
    private static double[] quartiles(double[] xs, int from) {
        double[] s = tail(xs, from);
        return new double[] {s[s.length / 4], median(xs, from), s[(3 * s.length) / 4 >= s.length ? s.length - 1
                : (3 * s.length) / 4]};
    }
}
