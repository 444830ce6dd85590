package org.corroborate.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.review.ReviewService;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** /api/v1/stories: list, read and create stories, and read their figures with how they stand and their approval. */
@RestController
class StoryController {

    static final int MAX_PAGE_SIZE = 200;
    static final int MAX_PAGE = 10_000;

    private final StoryService stories;
    private final EvidenceService evidence;
    private final ReviewService review;

    private final TransactionTemplate transaction;

    StoryController(StoryService stories, EvidenceService evidence, ReviewService review,
            TransactionTemplate transaction) {
        this.stories = stories;
        this.transaction = transaction;
        this.evidence = evidence;
        this.review = review;
    }

    /** {@code publishedAt}: for a story that already ran (optional). */
    record NewStory(@Nullable String title, @Nullable String language, @Nullable String text,
            @Nullable Instant publishedAt) {
    }

    @GetMapping(path = "/api/v1/stories", produces = "application/json")
    List<StoryJson.Summary> list(@RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw new ApiProblems.InvalidParameterException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new ApiProblems.InvalidParameterException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        PageRequest request = PageRequest.of(page, size);
        return stories.list(q, request).stream().map(StoryJson.Summary::of).toList();
    }

    @GetMapping(path = "/api/v1/stories/{id}", produces = "application/json")
    StoryJson.Details details(@PathVariable long id) {
        return StoryJson.Details.of(story(id), stories.suggestions(id));
    }

    /** Stores a draft and runs extraction on it: the answer lists the suggestions found. */
    @PostMapping(path = "/api/v1/stories", consumes = "application/json", produces = "application/json")
    ResponseEntity<StoryJson.Details> create(@RequestBody NewStory request) {
        Fields.require().field("title", request.title()).field("language", request.language())
                .field("text", request.text()).check();
        // Stored and read back in one transaction: a client told of a failure can be sure nothing was stored.
        return transaction.execute(status -> {
            long id = stories.create(request.title(), request.language(), request.text(), request.publishedAt());
            return ResponseEntity.created(URI.create("/api/v1/stories/" + id))
                    .body(StoryJson.Details.of(story(id), stories.suggestions(id)));
        });
    }

    @GetMapping(path = "/api/v1/stories/{id}/figures", produces = "application/json")
    List<StoryJson.FigureWithStanding> figures(@PathVariable long id, Locale locale) {
        return story(id).figures().stream()
                .map(f -> StoryJson.FigureWithStanding.of(f, evidence.panel(f.id(), locale), review.figureReview(f.id())))
                .toList();
    }

    private StoryDetails story(long id) {
        return stories.details(id).orElseThrow(() -> new NoSuchElementException("No story " + id));
    }
}
