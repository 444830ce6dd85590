package org.corroborate.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.corroborate.Application;
import org.corroborate.collaboration.LiveChannel;
import org.corroborate.collaboration.StoryChange;
import org.corroborate.collaboration.StoryWatch;
import org.corroborate.discussion.CommentService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Push latency: from the commit of a change (a comment) to the other session's update of its view, on one app
 * instance and across two instances on one database. The watching side does what an open story view does on
 * the live channel's thread inside {@code UI.access}: it hears the announcement and re-reads the comment thread.
 * Measured: start of the commit (a {@code beforeCommit} synchronization) → announcement heard → thread re-read.
 * The last step to the browser (Vaadin writing the push message on the open websocket) is not included.
 *
 * <p>Run: {@code ./mvnw -q -Pbench -DskipTests compile exec:exec@push}
 */
public final class PushLatencyBenchmark {

    static final int WARMUP = Integer.getInteger("warmup", 30);
    static final int MEASURED = Integer.getInteger("changes", 200);

    private PushLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext a = new SpringApplicationBuilder(Application.class)
                .run("--corroborate.demo.enabled=true", "--corroborate.database.ephemeral=true", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            long storyId = a.getBean(SystemAuthentication.class).call(() -> a.getBean(StoryService.class)
                    .create("Push latency " + UUID.randomUUID(), "fr", "Les frappes ont fait 12 morts."));
            measure("One instance (change and view on A)", a, a, storyId);

            HikariDataSource db = a.getBean(DataSource.class).unwrap(HikariDataSource.class);
            try (ConfigurableApplicationContext b = new SpringApplicationBuilder(Application.class)
                    .run("--spring.datasource.url=" + db.getJdbcUrl(), "--spring.datasource.username=" + db.getUsername(),
                            "--spring.datasource.password=" + db.getPassword(), "--server.port=0",
                            "--corroborate.demo.enabled=false", "--logging.level.root=WARN",
                            "--spring.main.banner-mode=off")) {
                measure("Two instances (change on B, view on A)", b, a, storyId);
            }
        }
    }

    private record Sample(long heard, long updated) {
    }

    private static void measure(String what, ConfigurableApplicationContext writer,
            ConfigurableApplicationContext watcher, long storyId) throws InterruptedException {
        SystemAuthentication writerAuth = writer.getBean(SystemAuthentication.class);
        CommentService writerComments = writer.getBean(CommentService.class);
        TransactionTemplate tx = writer.getBean(TransactionTemplate.class);
        SystemAuthentication watcherAuth = watcher.getBean(SystemAuthentication.class);
        CommentService watcherComments = watcher.getBean(CommentService.class);
        // the writer's security strategy is the JVM-wide one while it writes (each context installs its own)
        var writerStrategy = writer.getBean(org.springframework.security.core.context.SecurityContextHolderStrategy.class);

        BlockingQueue<long[]> arrivals = new LinkedBlockingQueue<>();
        long[] commitStart = new long[1];
        try (LiveChannel.Subscription ignored = watcher.getBean(LiveChannel.class).subscribe(
                StoryWatch.topic(storyId), message -> {
                    if (!message.startsWith("comment:")) { // StoryChange.CommentChanged
                        return;
                    }
                    long heard = System.nanoTime();
                    watcherAuth.run(() -> watcherComments.onStory(storyId));
                    arrivals.add(new long[] {heard, System.nanoTime()});
                })) {
            SecurityContextHolder.setContextHolderStrategy(writerStrategy);
            long[] heardMicros = new long[MEASURED];
            long[] updatedMicros = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                int n = i;
                writerAuth.run(() -> tx.executeWithoutResult(status -> {
                    writerComments.comment(storyId, null, "Change " + n);
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void beforeCommit(boolean readOnly) {
                            commitStart[0] = System.nanoTime();
                        }
                    });
                }));
                long[] arrival = arrivals.poll(10, TimeUnit.SECONDS);
                if (arrival == null) {
                    throw new IllegalStateException("Change " + n + " was not heard within 10 s");
                }
                if (i >= WARMUP) {
                    heardMicros[i - WARMUP] = (arrival[0] - commitStart[0]) / 1_000;
                    updatedMicros[i - WARMUP] = (arrival[1] - commitStart[0]) / 1_000;
                }
            }
            System.out.println(what + ", " + MEASURED + " changes after " + WARMUP + " warm-up:");
            print("  commit → heard by the other session", heardMicros);
            print("  commit → view re-read (inside the UI access)", updatedMicros);
        }
    }

    private static void print(String what, long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-50s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what,
                at(sorted, 0.50) / 1e3, at(sorted, 0.95) / 1e3, at(sorted, 0.99) / 1e3, sorted[sorted.length - 1] / 1e3);
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
