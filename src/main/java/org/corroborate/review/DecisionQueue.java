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
        // Lapsed decisions on stories that do not await decisions (those come with their story's page below): review's
        // own rows say each one's story, so only the stories are read up front; their figures are read when the walk
        // reaches them (was: every lapsed figure of the newsroom, at each opening and for the count too, issue 16).
        Map<Long, List<Long>> lapsedByStory = approvals.findStoryAndFigureIdsWithDecision(Decision.LAPSED).stream()
                .collect(Collectors.groupingBy(row -> (Long) row[0],
                        Collectors.mapping(row -> (Long) row[1], Collectors.toList())));
        Deque<StoryRef> lapsedStories = stories.refs(lapsedByStory.keySet()).stream()
                .filter(s -> !s.state().locked() && !awaiting.contains(s.state())).sorted(LAST_CHANGED_FIRST)
                .collect(Collectors.toCollection(ArrayDeque::new));
        LapsedFigures lapsed = new LapsedFigures(lapsedByStory, lapsedStories);

        List<WaitingFigure> out = new ArrayList<>();
        Page page = awaiting.isEmpty() ? Page.EMPTY : page(awaiting, 0);
        int pageNumber = 0;
        while (out.size() < limit) {
            if (page.stories.isEmpty() && page.full) {
                page = page(awaiting, ++pageNumber);
            }
            StoryRef inReview = page.stories.peekFirst();
            StoryRef lapsedStory = lapsedStories.peekFirst();
            if (inReview == null && lapsedStory == null) {
                break;
            }
            if (lapsedStory == null || (inReview != null && LAST_CHANGED_FIRST.compare(inReview, lapsedStory) < 0)) {
                page.stories.pollFirst();
                for (FigureRef f : page.figures.getOrDefault(inReview.id(), List.of())) {
                    Decision decision = page.decisions.get(f.id());
                    if (!f.detached() && (decision == null || decision == Decision.LAPSED)) {
                        out.add(new WaitingFigure(inReview, f, decision));
                    }
                }
            } else {
                lapsedStories.pollFirst();
                lapsed.of(lapsedStory.id()).forEach(f -> out.add(new WaitingFigure(lapsedStory, f, Decision.LAPSED)));
            }
        }
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    /**
     * The attached figures of lapsed decisions, read for {@value #STORIES_PER_PAGE} stories at a time in the walk's
     * order (one query each time), in text order.
     */
    private final class LapsedFigures {

        private final Map<Long, List<Long>> figureIds;
        private final Deque<StoryRef> ahead;
        private final Map<Long, List<FigureRef>> read = new HashMap<>();

        LapsedFigures(Map<Long, List<Long>> figureIds, Deque<StoryRef> ahead) {
            this.figureIds = figureIds;
            this.ahead = ahead;
        }

        /** Called with the story just taken from the front of {@code ahead}. */
        List<FigureRef> of(long storyId) {
            if (!read.containsKey(storyId)) {
                List<Long> stories = new ArrayList<>(List.of(storyId));
                ahead.stream().limit(STORIES_PER_PAGE - 1).map(StoryRef::id).forEach(stories::add);
                List<Long> ids = stories.stream().flatMap(id -> figureIds.getOrDefault(id, List.of()).stream())
                        .toList();
                stories.forEach(id -> read.put(id, new ArrayList<>()));
                figures.refs(ids).stream().filter(f -> !f.detached())
                        .forEach(f -> read.computeIfAbsent(f.storyId(), k -> new ArrayList<>()).add(f));
                stories.forEach(id -> read.get(id).sort(Comparator.comparingInt(FigureRef::startOffset)));
            }
            return read.get(storyId);
        }
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
