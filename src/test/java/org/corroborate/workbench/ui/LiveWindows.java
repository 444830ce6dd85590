package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting, in a browserless window, for what another session's change pushes to it. */
final class LiveWindows {

    private LiveWindows() {
    }

    /**
     * Runs the window's pending push tasks (what {@code ui.access} queued when an announcement arrived) until
     * {@code done}, for at most ten seconds (a busy two-core CI machine); fails if it is not done by then.
     */
    static void awaitIn(BrowserlessUIContext window, BooleanSupplier done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the live update").isBefore(deadline);
            var session = window.getUI().getSession();
            session.getService().runPendingAccessTasks(session);
            window.roundTrip();
            Thread.onSpinWait();
        }
    }
}
