package org.corroborate.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.corroborate.RunAs;
import org.corroborate.demo.DemoScenario;
import org.corroborate.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithUserDetails;

/** Who else is on a story, and on which figure; every move is announced on the story's topic. */
@SpringBootTest
class PresenceServiceTest {

    @Autowired PresenceService presence;
    @Autowired LiveChannel channel;
    @Autowired JdbcTemplate jdbc;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    @WithUserDetails("editor")
    void anotherTabOnTheStoryIsSeenWithItsFigureAndGoesWhenItLeaves() throws Exception {
        long storyId = jdbc.queryForObject("select id from story where title = ?", Long.class, DemoScenario.SEED_TITLE);
        long figureId = jdbc.queryForObject("select id from figure where story_id = ? and quote = '320 km2'",
                Long.class, storyId);
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (LiveChannel.Subscription ignored = channel.subscribe(StoryWatch.topic(storyId), heard::add)) {
            presence.at("editor-tab", storyId, figureId);

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(StoryChange.Aspect.PRESENCE.wire());
            assertThat(asFactChecker(() -> presence.others(storyId, "my-tab"))).singleElement().satisfies(p -> {
                assertThat(p.displayName()).isEqualTo("Eddie Editor");
                assertThat(p.figureQuote()).isEqualTo("320 km2");
            });
            assertThat(presence.others(storyId, "editor-tab")).isEmpty();

            presence.left("editor-tab");

            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(StoryChange.Aspect.PRESENCE.wire());
            assertThat(asFactChecker(() -> presence.others(storyId, "my-tab"))).isEmpty();
        }
    }

    /** Third walk, H21: a tab of one's own (another window, or one closed but not yet expired) is nobody else. */
    @Test
    @WithUserDetails("editor")
    void onesOwnOtherTabIsNotSomeoneElse() {
        long storyId = jdbc.queryForObject("select id from story where title = ?", Long.class, DemoScenario.SEED_TITLE);
        presence.at("editor-old-window", storyId, null);
        try {
            assertThat(presence.others(storyId, "editor-new-window")).isEmpty();
            assertThat(asFactChecker(() -> presence.others(storyId, "factchecker-tab")))
                    .extracting(Presence::displayName).containsExactly("Eddie Editor");
        } finally {
            presence.left("editor-old-window");
        }
    }

    private <T> T asFactChecker(java.util.function.Supplier<T> work) {
        return RunAs.as(security, "factchecker", Role.FACT_CHECKER, work);
    }
}
