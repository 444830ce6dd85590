package org.corroborate.base.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PaceTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
    private final UserActivity activity = new UserActivity(Duration.ofSeconds(5), now::get);
    private final List<Duration> slept = new ArrayList<>();

    @Test
    void withNobodyThereBulkWorkDoesNotRest() {
        Pace pace = new Pace(0.5, activity, slept::add);
        pace.rest(Duration.ofMillis(300).toNanos());
        assertThat(slept).isEmpty();
        assertThat(activity.active()).isFalse();
    }

    @Test
    void whileSomeoneIsThereItRestsInProportionToItsWork() {
        activity.seen();
        now.addAndGet(Duration.ofSeconds(4).toNanos()); // still within the window
        Pace half = new Pace(0.5, activity, slept::add);
        Pace quarter = new Pace(0.25, activity, slept::add);
        half.rest(Duration.ofMillis(300).toNanos());
        quarter.rest(Duration.ofMillis(300).toNanos());
        assertThat(slept).containsExactly(Duration.ofMillis(300), Duration.ofMillis(900));
    }

    @Test
    void aRestIsBoundedAndAFullDutyNeverRests() {
        activity.seen();
        assertThat(new Pace(0.5, activity).restAfter(Duration.ofSeconds(10).toNanos()))
                .isEqualTo(Duration.ofMillis(Pace.MAX_REST_MILLIS));
        assertThat(new Pace(1, activity).restAfter(Duration.ofSeconds(1).toNanos())).isZero();
        assertThat(new Pace(0.5, activity).restAfter(0)).isZero();
    }

    @Test
    void someoneCountsAsThereForTheWindowOnly() {
        activity.seen();
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(activity.active()).isTrue();
        now.addAndGet(1);
        assertThat(activity.active()).isFalse();
        assertThat(new Pace(0.5, activity).restAfter(Duration.ofMillis(100).toNanos())).isZero();
    }

    @Test
    void aDutyOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new Pace(0, activity)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> new Pace(1.5, activity)).hasMessageContaining("1.5");
    }

    @Test
    void anInterruptEndsTheRestAndStaysSet() {
        activity.seen();
        Pace pace = new Pace(0.5, activity, d -> {
            throw new InterruptedException();
        });
        pace.rest(Duration.ofMillis(10).toNanos());
        assertThat(Thread.interrupted()).isTrue(); // clears it again
    }

    @Test
    void bulkImportsProbesAndStaticFilesAreNotPeople() {
        assertThat(UserActivityFilter.isPeople("/")).isTrue();
        assertThat(UserActivityFilter.isPeople("/stories/12")).isTrue();
        assertThat(UserActivityFilter.isPeople("/api/v1/figures/3")).isTrue();
        assertThat(UserActivityFilter.isPeople("/api/v1/reports/import")).isFalse();
        assertThat(UserActivityFilter.isPeople("/actuator/health/readiness")).isFalse();
        assertThat(UserActivityFilter.isPeople("/VAADIN/build/bundle.js")).isFalse();
    }
}
