package org.corroborate.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Times a call over a list of inputs, after a warm-up, and prints its percentiles. */
final class Latency {

    private Latency() {
    }

    /**
     * Calls {@code call} {@code warmup} times, then {@code measured} times with the inputs in turn, and prints
     * p50, p95, p99 and the maximum: "{@code what} over N calls (M {@code inputsName}): ...".
     */
    static <T> void report(String what, List<T> inputs, String inputsName, int warmup, int measured,
                           Consumer<T> call) {
        for (int i = 0; i < warmup; i++) {
            call.accept(inputs.get(i % inputs.size()));
        }
        long[] micros = new long[measured];
        for (int i = 0; i < measured; i++) {
            T input = inputs.get(i % inputs.size());
            long t0 = System.nanoTime();
            call.accept(input);
            micros[i] = (System.nanoTime() - t0) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%s over %d calls (%d %s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n", what, measured, inputs.size(), inputsName, percentile(micros, 50),
                percentile(micros, 95), percentile(micros, 99), micros[micros.length - 1] / 1000.0);
    }

    /**
     * As {@link #report}, for a call that times itself (the part of it that counts) and answers nanoseconds: a link
     * that is unlinked again, untimed, before the next one.
     */
    static <T> void reportTimed(String what, List<T> inputs, String inputsName, int warmup, int measured,
                                java.util.function.ToLongFunction<T> call) {
        for (int i = 0; i < warmup; i++) {
            call.applyAsLong(inputs.get(i % inputs.size()));
        }
        long[] micros = new long[measured];
        for (int i = 0; i < measured; i++) {
            micros[i] = call.applyAsLong(inputs.get(i % inputs.size())) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf(Locale.ROOT, "%s over %d calls (%d %s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n", what, measured, inputs.size(), inputsName, percentile(micros, 50),
                percentile(micros, 95), percentile(micros, 99), micros[micros.length - 1] / 1000.0);
    }

    /** The p-th percentile (nearest rank) of sorted microseconds, in milliseconds. */
    static double percentile(long[] sortedMicros, int p) {
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, index)] / 1000.0;
    }
}
