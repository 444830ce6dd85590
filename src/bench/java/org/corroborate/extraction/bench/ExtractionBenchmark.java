package org.corroborate.extraction.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.extraction.FigureExtractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of figure extraction on the demo texts (seed story and all report texts) repeated
 * to 1 MB and 10 MB, beside a bare {@code \d+} scan of the same text as the floor to compare with.
 * Eight warm-up iterations: with fewer, the extractor is measured before the JIT has finished
 * with it; two forks of ten iterations keep the error bars small on a shared machine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
public class ExtractionBenchmark {

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Param({"1", "10"})
    public int megabytes;

    private String text;
    private final FigureExtractor extractor = new FigureExtractor();

    @Setup
    public void setUp() throws IOException {
        String shared = System.getProperty("corroborate.shared", "../shared");
        String seed = Files.readString(Path.of(shared, "seed/idleb-2019-12-fr.txt"));
        String demo = Files.readString(Path.of(shared, "demo/idleb-2019-12.json"));
        StringBuilder corpus = new StringBuilder(seed).append('\n');
        // Report texts: the "text" fields of the demo file, unescaped just enough for prose.
        int i = 0;
        while ((i = demo.indexOf("\"text\": \"", i)) >= 0) {
            int s = i + 9;
            int e = demo.indexOf("\",", s);
            corpus.append(demo, s, e).append('\n');
            i = e;
        }
        String unit = corpus.toString().replace("\\\"", "\"").replace("\\n", "\n");
        StringBuilder b = new StringBuilder(megabytes * 1_048_576 + unit.length());
        while (b.length() < megabytes * 1_048_576) {
            b.append(unit).append('\n');
        }
        text = b.substring(0, megabytes * 1_048_576);
    }

    @Benchmark
    public int extractFigures() {
        return extractor.extract(text).figures().size();
    }

    @Benchmark
    public int bareDigitScan() {
        Matcher m = DIGITS.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The benchmark text, for {@link QuickTiming}. */
    String text() {
        return text;
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args);
    }
}
