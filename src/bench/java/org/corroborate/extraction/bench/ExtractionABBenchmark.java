package org.corroborate.extraction.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * {@link ExtractionBenchmark}'s {@code extractFigures} for other builds of the engine in the same JMH
 * run: {@code engine} is a directory holding {@code org/corroborate/extraction/*.class} of a build
 * (loaded in its own class loader; the engine uses only the JDK), so two builds are measured with
 * the same settings one after the other, e.g.
 * {@code -p engine=/tmp/main-classes,/tmp/branch-classes}. The bare scan is
 * {@link ExtractionBenchmark#bareDigitScan}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 10, time = 2)
public class ExtractionABBenchmark {

    @Param({"1", "10"})
    public int megabytes;

    /** A directory of engine classes. */
    @Param({""})
    public String engine;

    private String text;
    private Object extractor;
    private Method extract;
    private Method figures;

    @Setup
    public void setUp() throws IOException, ReflectiveOperationException {
        ExtractionBenchmark b = new ExtractionBenchmark();
        b.megabytes = megabytes;
        b.setUp();
        text = b.text();
        URL url = Path.of(engine).toUri().toURL();
        ClassLoader loader = new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
        Class<?> fx = loader.loadClass("org.corroborate.extraction.FigureExtractor");
        extractor = fx.getConstructor().newInstance();
        extract = fx.getMethod("extract", String.class);
        figures = loader.loadClass("org.corroborate.extraction.Extraction").getMethod("figures");
    }

    @Benchmark
    public int extractFigures() throws ReflectiveOperationException {
        return ((List<?>) figures.invoke(extract.invoke(extractor, text))).size();
    }
}
