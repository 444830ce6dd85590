package org.corroborate.export;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.extraction.Sentences;
import org.corroborate.review.FigureReview;
import org.corroborate.review.ReviewService;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.springframework.stereotype.Component;

/** Gathers a story's figures with their standing and review, through the same services the story view uses. */
@Component
class StoryFigures {

    private final StoryService stories;
    private final EvidenceService evidence;
    private final ReviewService review;

    StoryFigures(StoryService stories, EvidenceService evidence, ReviewService review) {
        this.stories = stories;
        this.evidence = evidence;
        this.review = review;
    }

    /** The story; throws {@link NoSuchElementException} when there is none with that id. */
    StoryDetails story(long storyId) {
        return stories.details(storyId).orElseThrow(() -> new NoSuchElementException("No story " + storyId));
    }

    /** The figures still anchored in the story's text, in text order, each with its standing and review. */
    List<ExportedFigure> of(StoryDetails story, Locale locale) {
        Map<Long, FigureReview> reviews = review.storyReview(story.id()).figures().stream()
                .collect(Collectors.toMap(FigureReview::figureId, Function.identity()));
        return story.figures().stream().filter(f -> !f.detached())
                .sorted(Comparator.comparingInt(f -> f.start())).map(f -> {
                    FigurePanelData panel = evidence.panel(f.id(), locale);
                    FigureReview figureReview = reviews.containsKey(f.id()) ? reviews.get(f.id())
                            : review.figureReview(f.id());
                    return new ExportedFigure(f, panel.interval(), panel.standing(), panel.evidence(),
                            Sentences.around(story.body(), f.start(), f.end()), figureReview);
                }).toList();
    }
}
