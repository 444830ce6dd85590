package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import org.springframework.context.ApplicationContext;

/**
 * For tests that read a stored standing queued for the background (a new figure's, since DD016): derives it in the
 * test's thread, as the worker would, so that the test reads it without waiting on the worker's schedule.
 */
public final class QueuedStandings {

    private QueuedStandings() {
    }

    /**
     * These figures' stored standings are derived now (and a derivation of them the worker had claimed is waited for):
     * afterwards they are there, and no queued derivation of them is left to overwrite what a test stores. Fails after
     * two minutes.
     */
    public static void derive(ApplicationContext context, long... figureIds) {
        assertThat(context.getBean(StandingQueue.class).deriveNow(Arrays.stream(figureIds).boxed().toList(),
                Duration.ofMinutes(2))).as("the figures' standings derived within two minutes").isTrue();
    }

    /**
     * Everything queued so far is derived (here, or by the worker for what it had claimed): afterwards no queued
     * standing is left to derive. Fails after two minutes.
     */
    public static void awaitAll(ApplicationContext context) {
        assertThat(context.getBean(StandingQueue.class).awaitIdle(Duration.ofMinutes(2)))
                .as("every queued standing derived within two minutes").isTrue();
    }
}
