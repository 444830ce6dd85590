package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.corroborate.RunAs;
import org.corroborate.evidence.QueuedStandings;
import org.corroborate.history.HistoryEntry;
import org.corroborate.security.Role;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Walker F32: a fact-checker rewrites the sentence of a figure an editor approved. The approval stood for words the
 * story no longer says: it lapses, after the history's "detached" line, and the approved story goes back to review;
 * the review says the words were taken out. When the words come back, the figure is anchored to them again (recorded),
 * and it needs approving again. A text on another event, in English.
 */
@SpringBootTest
class DetachedApprovalTest {

    private static final String TEXT = "The wildfire that swept through Lahaina has killed at least 114 people, Maui "
            + "County said on Friday. About 2,200 buildings were damaged or destroyed.";
    private static final String REWRITTEN = "The wildfire that swept through Lahaina has killed more than a hundred "
            + "people, Maui County said on Friday. About 2,200 buildings were damaged or destroyed.";

    @Autowired
    StoryService stories;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    org.corroborate.evidence.EvidenceService evidence;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void anApprovedFiguresApprovalLapsesWhenTheTextLosesItsWordsAndItCanBeAnchoredAgainWhenTheyComeBack() {
        long storyId = system.call(() -> stories.create("Maui fires " + UUID.randomUUID(), "en", TEXT));
        long toll = accept(storyId, "114");
        long buildings = accept(storyId, "2,200");
        as("editor", Role.EDITOR, () -> {
            review.approve(toll, "at least 114 dead, according to Maui County", true);
            review.approve(buildings, "about 2,200 buildings damaged or destroyed", true);
            review.submitForReview(storyId);
            review.approveStory(storyId);
        });
        assertThat(state(storyId)).isEqualTo(StoryState.APPROVED);

        int detached = as("factchecker", Role.FACT_CHECKER,
                () -> stories.editText(storyId, version(storyId), REWRITTEN));

        assertThat(detached).isEqualTo(1);
        FigureReview lapsed = as("editor", Role.EDITOR, () -> review.figureReview(toll));
        assertThat(lapsed.decision()).isEqualTo(Decision.LAPSED);
        assertThat(lapsed.detached()).isTrue();
        assertThat(lapsed.lapsedBy()).isEqualTo("factchecker");
        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(buildings)).decision())
                .isEqualTo(Decision.APPROVED);
        assertThat(state(storyId)).isEqualTo(StoryState.IN_REVIEW);
        List<String> actions = as("editor", Role.EDITOR, () -> review.history(storyId)).stream()
                .filter(h -> h.entityId() == toll).map(HistoryEntry::action).toList();
        assertThat(actions).as("newest first").containsSubsequence("LAPSED", "DETACHED", "APPROVED");
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.canReanchor(storyId, toll))).isFalse();
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.reanchorFigure(storyId, toll))).isFalse();

        as("factchecker", Role.FACT_CHECKER, () -> stories.editText(storyId, version(storyId),
                TEXT + " Officials fear the toll will rise."));
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.canReanchor(storyId, toll))).isTrue();
        assertThat(as("factchecker", Role.FACT_CHECKER, () -> stories.reanchorFigure(storyId, toll))).isTrue();

        var row = as("factchecker", Role.FACT_CHECKER, () -> stories.figure(storyId, toll)).orElseThrow();
        assertThat(row.detached()).isFalse();
        assertThat(TEXT.substring(row.start(), row.end())).isEqualTo(row.quote());
        FigureReview again = as("editor", Role.EDITOR, () -> review.figureReview(toll));
        assertThat(again.detached()).isFalse();
        assertThat(again.needsApprovalAgain()).isTrue();
        assertThat(as("editor", Role.EDITOR, () -> review.history(storyId)).stream()
                .filter(h -> h.entityId() == toll).map(HistoryEntry::action)).contains("REANCHORED");
    }

    @Test
    void theStoryWaitsForADecisionOnTheApprovedFigureItLostAndItsCountsLeaveItOut() {
        long storyId = system.call(() -> stories.create("Maui fires " + UUID.randomUUID(), "en", TEXT));
        long toll = accept(storyId, "114");
        long buildings = accept(storyId, "2,200");
        as("editor", Role.EDITOR, () -> {
            review.approve(toll, "at least 114 dead, according to Maui County", true);
            review.approve(buildings, "about 2,200 buildings damaged or destroyed", true);
            review.submitForReview(storyId);
        });

        as("factchecker", Role.FACT_CHECKER, () -> stories.editText(storyId, version(storyId), REWRITTEN));

        StorySteps steps = as("editor", Role.EDITOR, () -> review.storySteps(storyId));
        assertThat(steps.approveRefusal()).isNotNull();
        assertThat(steps.unsettled()).containsExactly(new StorySteps.Unsettled("at least 114", true));
        assertThatThrownBy(() -> as("editor", Role.EDITOR, () -> review.approveStory(storyId)))
                .isInstanceOf(ReviewRefusedException.class);
        QueuedStandings.awaitAll(context);
        assertThat(system.call(() -> evidence.storyStandings(storyId)).counts().values().stream()
                .mapToLong(Long::longValue).sum()).as("only the figure still in the text").isEqualTo(1);

        as("editor", Role.EDITOR, () -> review.reject(toll, "Its words were edited out; the new wording is checked on "
                + "its own."));
        as("editor", Role.EDITOR, () -> review.approveStory(storyId));

        assertThat(state(storyId)).isEqualTo(StoryState.APPROVED);
    }

    @Test
    void aRejectedFigureWhoseWordsAreEditedOutStaysRejected() {
        long storyId = system.call(() -> stories.create("Maui fires " + UUID.randomUUID(), "en", TEXT));
        long toll = accept(storyId, "114");
        as("editor", Role.EDITOR, () -> review.reject(toll, "The county's count is of bodies found, not deaths."));

        as("factchecker", Role.FACT_CHECKER, () -> stories.editText(storyId, version(storyId), REWRITTEN));

        assertThat(as("editor", Role.EDITOR, () -> review.figureReview(toll)).decision())
                .isEqualTo(Decision.REJECTED);
    }

    private long accept(long storyId, String number) {
        return system.call(() -> stories.accept(storyId, stories.suggestions(storyId).stream()
                .filter(s -> s.quote().contains(number)).findFirst().orElseThrow().id(), null));
    }

    private long version(long storyId) {
        return system.call(() -> stories.details(storyId).orElseThrow().version());
    }

    private StoryState state(long storyId) {
        return system.call(() -> stories.ref(storyId).orElseThrow().state());
    }

    private <T> T as(String user, Role role, java.util.function.Supplier<T> work) {
        return RunAs.as(security, user, role, work);
    }

    private void as(String user, Role role, Runnable work) {
        RunAs.as(security, user, role, work);
    }
}
