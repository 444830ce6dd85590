package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.corroborate.RunAs;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceDetails;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A feed an admin registers brings its new items in the background (the scheduler polls every second in
 * tests): each page fetched, read, archived and imported as a report, duplicates skipped, failures kept with
 * their reason, and the feed's status updated.
 */
@SpringBootTest
class FeedImportTest {

    @Autowired
    FeedService feeds;
    @Autowired
    org.corroborate.story.StoryService stories;
    @Autowired
    org.corroborate.figure.FigureService figures;
    @Autowired
    org.springframework.context.ApplicationContext spring;
    @Autowired
    FeedScheduler scheduler;
    @Autowired
    SystemAuthentication system;
    @Autowired
    FetchSettings settings;
    @Autowired
    SourceService sources;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityContextHolderStrategy security;
    @Autowired
    FeedRepository repository;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private final LocalSite site = new LocalSite();
    private LinkFixtures fixtures;
    private SourceDetails publisher;
    private String domain;

    @BeforeEach
    void aSiteWithAFeed() {
        fixtures = new LinkFixtures(system, settings, sources);
        fixtures.allowLoopback();
        publisher = fixtures.sourceWithDomain("Wire");
        domain = publisher.domains().getFirst();
        String valencia = LinkFixtures.savedPage("09-en-government-valencia-floods", LinkFixtures.marker());
        site.page("/2024/valencia", "text/html", valencia)
                .page("/2024/valencia-amp", "text/html", valencia)
                .page("/2023/mayotte", "text/html", LinkFixtures.savedPage("12-fr-wire-mayotte-cyclone", LinkFixtures.marker()))
                .page("/rss", "application/rss+xml", rss(
                        item("valencia", site.url(domain, "/2024/valencia"), "Valencia floods"),
                        item("mayotte", site.url(domain, "/2023/mayotte"), "Mayotte après Chido"),
                        item("gone", site.url(domain, "/2023/removed"), "A story taken down"),
                        item("valencia-amp", site.url(domain, "/2024/valencia-amp"), "Valencia floods (mobile)")));
    }

    @AfterEach
    void stop() {
        fixtures.publicOnly();
        site.close();
    }

    @Test
    void aRegisteredFeedBringsItsNewItemsInTheBackgroundAsArchivedReports() {
        // a figure the feed's reports concern (a toll of those days, no place), its standing derived before: its own,
        // so that the test does not depend on what other tests left in the database
        String toll = "The death toll from the floods has risen to 217, officials said.";
        long figureId = system.call(() -> {
            long storyId = stories.create("Floods " + domain, "en", toll);
            stories.datePublication(storyId, java.time.Instant.parse("2024-11-04T09:00:00Z"));
            return figures.anchor(storyId, toll, toll.indexOf("217"), "217",
                    org.corroborate.measure.Quantity.of(org.corroborate.extraction.Qualifier.EXACT,
                            new java.math.BigDecimal("217"), new java.math.BigDecimal("217"), null),
                    new org.corroborate.measure.Measure(org.corroborate.extraction.QuantityKind.DEATHS, null, null, null),
                    null);
        });
        org.corroborate.evidence.QueuedStandings.derive(spring, figureId);
        java.time.Instant registered = java.time.Instant.now();
        long feedId = system.call(() -> feeds.register(new FeedDraft(site.url(domain, "/rss"), null, null, null, 60)));

        await().atMost(Duration.ofSeconds(60)).until(() -> row(feedId).lastRunAt() != null);

        FeedRow row = row(feedId);
        assertThat(row.title()).isEqualTo("Wire test feed");
        assertThat(row.lastItems()).isEqualTo(4);
        assertThat(row.lastImported()).isEqualTo(2);
        assertThat(row.lastError()).isNull();
        List<Map<String, Object>> stored = jdbc.queryForList("""
                select r.title, r.language, r.publisher_id, a.kind, a.target_url,
                       (select count(*) from assertion s where s.report_id = r.id) as figures
                from report r join archived_copy a on a.id = r.archive_id where r.url like ? order by r.url""",
                "%" + domain + "%");
        assertThat(stored).extracting(r -> r.get("title") + " | " + r.get("language") + " | " + r.get("kind"))
                .containsExactly("Mayotte après Chido : un bilan provisoire de 39 morts et plus de 5 000 blessés | fr | RESPONSE",
                        "Valencia floods: death toll climbs to 217 | en | RESPONSE");
        assertThat(stored).allSatisfy(r -> {
            assertThat(r.get("publisher_id")).isEqualTo(publisher.id());
            assertThat((Long) r.get("figures")).isPositive();
        });
        assertThat(system.call(() -> feeds.latestItems(feedId, 10))).extracting(i -> i.key() + " " + i.outcome())
                .containsExactlyInAnyOrder("valencia IMPORTED", "mayotte IMPORTED", "gone FAILED",
                        "valencia-amp DUPLICATE");
        assertThat(system.call(() -> feeds.latestItems(feedId, 10))).filteredOn(i -> i.key().equals("gone"))
                .singleElement().satisfies(i -> assertThat(i.reason()).contains("404"));
        // As an import does: the standings of the figures of the kinds the new reports state are derived again,
        // in the background after the batch commits.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select computed_at from figure_standing where figure_id = ?", java.sql.Timestamp.class, figureId)
                .toInstant()).isAfter(registered));
    }

    @Test
    void aSecondRunImportsNothingTwiceAndAPausedFeedIsNotRead() {
        long feedId = system.call(() -> feeds.register(new FeedDraft(site.url(domain, "/rss"), "Wire", publisher.id(),
                "en", 60)));
        await().atMost(Duration.ofSeconds(60)).until(() -> row(feedId).lastRunAt() != null);
        long reports = countReports();

        system.run(() -> feeds.runSoon(feedId));
        await().atMost(Duration.ofSeconds(60)).until(() -> row(feedId).lastRunAt() != null
                && site.requestsFor("/rss") >= 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select attempts from feed_item where feed_id = ? and item_key = 'gone'", Integer.class, feedId) == 2);

        assertThat(countReports()).isEqualTo(reports);
        assertThat(site.requestsFor("/2024/valencia")).isEqualTo(1);

        system.run(() -> feeds.pause(feedId));
        jdbc.update("update feed set next_run_at = now() - interval '1 hour' where id = ?", feedId);
        long feedReads = site.requestsFor("/rss");
        scheduler.readDueFeeds();
        assertThat(site.requestsFor("/rss")).isEqualTo(feedReads);
        assertThat(row(feedId).paused()).isTrue();
    }

    @Test
    void anAdminPausingAFeedWhileItsRunIsBeingRecordedWaitsForTheRunInsteadOfFailing() throws Exception {
        long feedId = system.call(() -> feeds.register(new FeedDraft(site.url(domain, "/rss"), "Wire", publisher.id(),
                "en", 60)));
        await().atMost(Duration.ofSeconds(60)).until(() -> row(feedId).lastRunAt() != null);
        long before = row(feedId).version();
        java.util.concurrent.CountDownLatch recording = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch pauseWaits = new java.util.concurrent.CountDownLatch(1);
        // a run's result being written (as FeedRunner does), held open until the admin's pause is waiting for it
        // own threads: the common pool may have a single worker on a small machine, which the first task holds
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        var run = java.util.concurrent.CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            repository.lock(feedId).orElseThrow().ran(java.time.Instant.now(), 4, 0, null);
            repository.flush();
            recording.countDown();
            try {
                pauseWaits.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), threads);
        recording.await();
        var pause = java.util.concurrent.CompletableFuture.runAsync(() -> system.run(() -> feeds.pause(feedId)), threads);
        await().atMost(Duration.ofSeconds(30)).until(() -> pause.isDone() || jdbc.queryForObject(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Long.class) > 0);
        pauseWaits.countDown();
        run.get(30, java.util.concurrent.TimeUnit.SECONDS);
        pause.get(30, java.util.concurrent.TimeUnit.SECONDS); // before the row lock: an optimistic-lock failure
        threads.shutdown();
        assertThat(row(feedId).paused()).isTrue();
        assertThat(row(feedId).version()).isEqualTo(before + 2);
    }

    @Test
    void onlyAnAdminRegistersAFeedAndAnAddressThatIsNoFeedIsRefused() {
        RunAs.as(security, "factchecker", Role.FACT_CHECKER, () -> {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> feeds.register(
                    new FeedDraft(site.url(domain, "/rss"), null, null, null, 60))).isInstanceOf(AccessDeniedException.class);
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> system.call(() -> feeds.register(
                new FeedDraft(site.url(domain, "/2024/valencia"), null, null, null, 60))))
                .isInstanceOfSatisfying(FetchFailedException.class,
                        f -> assertThat(f.reason()).isEqualTo(FetchFailedException.Reason.UNREADABLE));
        assertThat(jdbc.queryForObject("select count(*) from feed where url like ?", Long.class, "%" + domain + "%"))
                .isZero();
    }

    private FeedRow row(long feedId) {
        return system.call(() -> feeds.list()).stream().filter(f -> f.id() == feedId).findFirst().orElseThrow();
    }

    private long countReports() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }

    private static String item(String guid, String link, String title) {
        return "<item><title>" + title + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + guid
                + "</guid><pubDate>Sun, 03 Nov 2024 12:00:00 GMT</pubDate></item>";
    }

    private static String rss(String... items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Wire test feed</title>"
                + "<link>https://wire.test/</link><description>Latest</description>" + String.join("", items)
                + "</channel></rss>";
    }
}
