package org.corroborate.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.corroborate.SecondInstance;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Announcements go out on commit only, and reach every app instance on the database. */
@SpringBootTest
class LiveChannelTest {

    private static final long WAIT_SECONDS = 10;

    @Autowired LiveChannel channel;
    @Autowired TransactionTemplate tx;
    @Autowired DataSource dataSource;
    @Autowired EvidenceService evidence;
    @Autowired SystemAuthentication system;
    @Autowired StoryWatch watch;

    @Test
    void anAnnouncementIsHeardOnlyWhenItsTransactionCommits() throws Exception {
        String topic = "test:" + UUID.randomUUID();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (LiveChannel.Subscription ignored = channel.subscribe(topic, heard::add)) {
            tx.executeWithoutResult(status -> {
                channel.announce(topic, "rolled back");
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> channel.announce(topic, "committed"));

            assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("committed");
            assertThat(heard).isEmpty();
        }
    }

    @Test
    void linkingEvidenceAnnouncesTheFigureOnItsStory() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        var figure = jdbc.queryForMap("select id, story_id from figure where quote = '320 km2' order by id limit 1");
        long figureId = (Long) figure.get("id");
        long assertionId = jdbc.queryForObject("select id from assertion where quote = '320 km²'", Long.class);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (LiveChannel.Subscription ignored = channel.subscribe(StoryWatch.topic((Long) figure.get("story_id")),
                heard::add)) {
            system.run(() -> evidence.link(figureId, assertionId, Relation.SUPPORTS));

            assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("figure:" + figureId);
        }
    }

    /**
     * A page closed without its views being detached leaves a follower whose UI is gone: the first change after that
     * closes it (before, every later change failed in it and logged a warning, and the follower stayed for good).
     */
    @Test
    void aFollowerWhoseUiIsGoneLetsGoAtTheNextChange() throws Exception {
        long storyId = Long.MAX_VALUE - Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);
        String topic = StoryWatch.topic(storyId);
        BlockingQueue<java.util.List<StoryChange>> shown = new LinkedBlockingQueue<>();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        // a UI without a session is what a closed page leaves: UI.access refuses it with UIDetachedException
        LiveChannel.Subscription follower = system.call(() -> watch.follow(new UI(), storyId, shown::add));
        try (LiveChannel.Subscription after = channel.subscribe(topic, heard::add)) {
            assertThat(channel.subscriberCount(topic)).isEqualTo(2);

            tx.executeWithoutResult(status -> system.run(() -> watch.announce(storyId, StoryChange.Aspect.PRESENCE)));

            assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(StoryChange.Aspect.PRESENCE.wire());
            // the change reaches the follower's UI in the next live round, which finds it gone
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (channel.subscriberCount(topic) > 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(channel.subscriberCount(topic)).isEqualTo(1);
            assertThat(shown).isEmpty();
        } finally {
            follower.close();
        }
        assertThat(channel.subscriberCount(topic)).isZero();
    }

    @Test
    void aChangeCommittedOnAnotherInstanceIsHeardHere() throws Exception {
        String topic = "test:" + UUID.randomUUID();
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
        try (LiveChannel.Subscription ignored = channel.subscribe(topic, heard::add);
                SecondInstance other = SecondInstance.start(
                        "--spring.datasource.url=" + hikari.getJdbcUrl(),
                        "--spring.datasource.username=" + hikari.getUsername(),
                        "--spring.datasource.password=" + hikari.getPassword(),
                        "--server.port=0", "--corroborate.demo.enabled=false")) {
            other.context().getBean(TransactionTemplate.class).executeWithoutResult(
                    status -> other.context().getBean(LiveChannel.class).announce(topic, "from the other instance"));

            assertThat(heard.poll(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo("from the other instance");
        }
    }
}
