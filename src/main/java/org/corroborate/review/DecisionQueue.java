package org.corroborate.review;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corroborate.figure.FigureRef;
import org.corroborate.figure.FigureService;
import org.corroborate.story.StoryRef;
import org.corroborate.story.StoryService;
import org.corroborate.story.StoryState;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What waits for a decision, across stories: the figures of stories that {@link StoryState#awaitsDecisions() await
 * decisions} not yet decided, and figures whose decision lapsed on any story that is not
 * {@link StoryState#locked() locked}; attached figures only; stories last changed first, figures in text order.
 * Stories and figures are read through their features' APIs, a page of stories at a time (one query each for the
 * page's stories, figures and approvals), until the list is full.
 */
@Component
class DecisionQueue {

    /**
     * Stories read at a time: a story in review holds from a few figures to a hundred to decide, so a few pages fill
     * a page of the queue; more would read thousands of figures that are not shown (issue 16).
     */
    static final int STORIES_PER_PAGE = 10;

    private static final Comparator<StoryRef> LAST_CHANGED_FIRST = Comparator.comparing(StoryRef::updatedAt)
            .reversed().thenComparingLong(StoryRef::id);

    private final ReviewRepository approvals;
    private final StoryService stories;
    private final FigureService figures;

    DecisionQueue(ReviewRepository approvals, StoryService stories, FigureService figures) {
        this.approvals = approvals;
        this.stories = stories;
        this.figures = figures;
    }

    List<WaitingFigure> waiting(int limit) {
        Set<StoryState> awaiting = EnumSet.noneOf(StoryState.class);
        Arrays.stream(StoryState.values()).filter(s -> s.awaitsDecisions() && !s.locked()).forEach(awaiting::add);
        // Lapsed decisions on stories that do not await decisions (those come with their story's page below).
        Map<Long, FigureRef> lapsedFigures = figures.refs(approvals.findFigureIdsWithDecision(Decision.LAPSED))
                .stream().filter(f -> !f.detached()).collect(Collectors.toMap(FigureRef::id, f -> f));
        Map<Long, List<FigureRef>> lapsedByStory = lapsedFigures.values().stream()
                .sorted(Comparator.comparingInt(FigureRef::startOffset))
                .collect(Collectors.groupingBy(FigureRef::storyId, Collectors.toList()));
        Deque<StoryRef> lapsedStories = stories.refs(lapsedByStory.keySet()).stream()
                .filter(s -> !s.state().locked() && !awaiting.contains(s.state())).sorted(LAST_CHANGED_FIRST)
                .collect(Collectors.toCollection(ArrayDeque::new));

        List<WaitingFigure> out = new ArrayList<>();
        Page page = awaiting.isEmpty() ? Page.EMPTY : page(awaiting, 0);
        int pageNumber = 0;
        while (out.size() < limit) {
            if (page.stories.isEmpty() && page.full) {
                page = page(awaiting, ++pageNumber);
            }
            StoryRef inReview = page.stories.peekFirst();
            StoryRef lapsed = lapsedStories.peekFirst();
            if (inReview == null && lapsed == null) {
                break;
            }
            if (lapsed == null || (inReview != null && LAST_CHANGED_FIRST.compare(inReview, lapsed) < 0)) {
                page.stories.pollFirst();
                for (FigureRef f : page.figures.getOrDefault(inReview.id(), List.of())) {
                    Decision decision = page.decisions.get(f.id());
                    if (!f.detached() && (decision == null || decision == Decision.LAPSED)) {
                        out.add(new WaitingFigure(inReview, f, decision));
                    }
                }
            } else {
                lapsedStories.pollFirst();
                lapsedByStory.get(lapsed.id()).forEach(f -> out.add(new WaitingFigure(lapsed, f, Decision.LAPSED)));
            }
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    private Page page(Set<StoryState> awaiting, int number) {
        List<StoryRef> refs = stories.refsInStates(awaiting, PageRequest.of(number, STORIES_PER_PAGE));
        if (refs.isEmpty()) {
            return Page.EMPTY;
        }
        List<Long> ids = refs.stream().map(StoryRef::id).toList();
        List<FigureRef> all = figures.refsOfStories(ids);
        Map<Long, List<FigureRef>> byStory = all.stream()
                .collect(Collectors.groupingBy(FigureRef::storyId, Collectors.toList()));
        Map<Long, Decision> decisions = new HashMap<>();
        List<Long> attached = all.stream().filter(f -> !f.detached()).map(FigureRef::id).toList();
        if (!attached.isEmpty()) {
            approvals.findByFigureIdIn(attached).forEach(a -> decisions.put(a.getFigureId(), a.getDecision()));
        }
        return new Page(new ArrayDeque<>(refs), byStory, decisions, refs.size() == STORIES_PER_PAGE);
    }

    /** One page of stories awaiting decisions, with their figures and the decisions on them. */
    private record Page(Deque<StoryRef> stories, Map<Long, List<FigureRef>> figures,
            Map<Long, @Nullable Decision> decisions, boolean full) {

        static final Page EMPTY = new Page(new ArrayDeque<>(), Map.of(), Map.of(), false);
    }
}
