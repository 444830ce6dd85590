package org.corroborate.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Live changes reach a UI in rounds: what its views heard in one round comes in one {@code ui.access}, in the order
 * heard and each change once; a UI gets its next round only after the last one ran, so its changes keep their order;
 * reads shared in a round are read once.
 */
class LiveRoundsTest {

    /** A UI whose access tasks wait until the test runs them (as a session busy with a request would). */
    static final class QueuedUi extends UI {
        final List<Command> tasks = new ArrayList<>();

        @Override
        public Future<Void> access(Command command) {
            tasks.add(command);
            return null;
        }

        void runTasks() {
            List<Command> now = List.copyOf(tasks);
            tasks.clear();
            now.forEach(Command::execute);
        }
    }

    // not started: the test hands it what the database would have sent
    final LiveChannel channel = new LiveChannel(new SimpleDriverDataSource());
    // rounds only when the test calls them; delivered on the test's thread
    final StoryWatch watch = new StoryWatch(channel, Duration.ofHours(1), Runnable::run);

    @AfterEach
    void stop() {
        watch.stop();
    }

    @Test
    void whatAUiHeardInOneRoundReachesEachViewOnceInOrderInOneAccess() {
        QueuedUi ui = new QueuedUi();
        List<List<StoryChange>> story = new ArrayList<>();
        List<List<StoryChange>> review = new ArrayList<>();
        watch.follow(ui, 7, story::add);
        watch.follow(ui, 7, review::add);

        heard(7, "figure:5");
        heard(7, "comment:11");
        heard(7, "figure:5");
        heard(7, "presence");
        heard(8, "figure:99"); // another story
        watch.deliverRound();

        assertThat(ui.tasks).as("one access for the UI's two views").hasSize(1);
        ui.runTasks();
        List<StoryChange> expected = List.of(new StoryChange.FigureChanged(5, StoryChange.FigureChanged.What.EVIDENCE),
                new StoryChange.CommentChanged(11, null), StoryChange.Aspect.PRESENCE);
        assertThat(story).containsExactly(expected);
        assertThat(review).containsExactly(expected);
    }

    @Test
    void aUiGetsItsNextRoundOnlyAfterTheLastOneRan() {
        QueuedUi ui = new QueuedUi();
        List<List<StoryChange>> shown = new ArrayList<>();
        watch.follow(ui, 7, shown::add);

        heard(7, "figure:1");
        watch.deliverRound();
        heard(7, "figure:2");
        watch.deliverRound();
        assertThat(ui.tasks).as("the first round has not run yet").hasSize(1);
        ui.runTasks();
        watch.deliverRound();
        ui.runTasks();

        assertThat(shown).extracting(changes -> ((StoryChange.FigureChanged) changes.getFirst()).figureId())
                .containsExactly(1L, 2L);
    }

    @Test
    void aViewThatLetGoHearsNothingMoreAndItsUiIsForgotten() {
        QueuedUi ui = new QueuedUi();
        List<List<StoryChange>> shown = new ArrayList<>();
        LiveChannel.Subscription following = watch.follow(ui, 7, shown::add);
        heard(7, "figure:1");

        following.close();
        watch.deliverRound();

        assertThat(ui.tasks).isEmpty();
        assertThat(shown).isEmpty();
        assertThat(channel.subscriberCount(StoryWatch.topic(7))).isZero();
        assertThat(watch.followedUis()).isZero();
    }

    @Test
    void theViewsOfOneRoundReadWhatTheyShareOnceAndTheNextRoundReadsAgain() {
        AtomicInteger reads = new AtomicInteger();
        List<Integer> seen = new ArrayList<>();
        List<QueuedUi> uis = List.of(new QueuedUi(), new QueuedUi(), new QueuedUi());
        uis.forEach(ui -> watch.follow(ui, 7, changes -> seen.add(LiveRound.shared(List.of("standings", 7),
                reads::incrementAndGet))));

        heard(7, "figure:1");
        watch.deliverRound();
        uis.forEach(QueuedUi::runTasks);
        heard(7, "figure:2");
        watch.deliverRound();
        uis.forEach(QueuedUi::runTasks);

        assertThat(reads).hasValue(2);
        assertThat(seen).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(LiveRound.shared("outside a round", reads::incrementAndGet)).as("read at once").isEqualTo(3);
    }

    /** A UI whose access tasks run at once (a session nobody else holds). */
    static final class OpenUi extends UI {
        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return null;
        }
    }

    @Test
    void aChangeCommittedWhileARoundIsHandedOverReachesEveryUiWithAReadThatFollowsIt() {
        // the story's state as the database holds it; a view shows it as read in its round
        AtomicInteger state = new AtomicInteger(1);
        List<UI> uis = List.of(new OpenUi(), new OpenUi(), new OpenUi());
        java.util.Map<UI, Integer> shown = new java.util.concurrent.ConcurrentHashMap<>();
        for (UI ui : uis) {
            watch.follow(ui, 7, changes -> {
                shown.put(ui, LiveRound.shared(List.of("state", 7), state::get));
                if (state.get() == 1) { // someone publishes just after the first view read the state
                    state.set(2);
                    heard(7, "state");
                }
            });
        }

        heard(7, "figure:1");
        watch.deliverRound();
        watch.deliverRound();

        assertThat(shown).as("every view ends with the state committed last").hasSize(3)
                .allSatisfy((ui, value) -> assertThat(value).isEqualTo(2));
    }

    @Test
    void changesReadFromTheWireAreWhatWasAnnounced() {
        for (StoryChange change : List.of(new StoryChange.FigureChanged(5, StoryChange.FigureChanged.What.EVIDENCE),
                new StoryChange.FigureChanged(5, StoryChange.FigureChanged.What.DECISION),
                new StoryChange.CommentChanged(3, null), new StoryChange.CommentChanged(3, 9L),
                StoryChange.Aspect.STATE, StoryChange.Aspect.PRESENCE, StoryChange.Aspect.ASSIGNMENTS)) {
            assertThat(StoryChange.read(change.wire())).isEqualTo(change);
        }
        assertThat(StoryChange.read("figure:x")).isNull();
        assertThat(StoryChange.read("comment:1:2:3")).isNull();
        assertThat(StoryChange.read("comments")).isNull();
    }

    private void heard(long storyId, String change) {
        channel.dispatch(StoryWatch.topic(storyId) + "\n" + change);
    }
}
