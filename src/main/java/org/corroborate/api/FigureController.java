package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.evidence.FigureScopeView;
import org.corroborate.evidence.StoryScopeView;
import org.corroborate.review.ReviewService;
import org.corroborate.story.StoryService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A figure with everything the figure panel shows (its scope, how it stands, its evidence, the ledger of values stated
 * for its measure, ranked suggestions), correcting its scope, setting a story's scope, deciding on a story's
 * suggested figures, and removing a figure accepted by mistake: the same services and role rules as the UI.
 */
@RestController
class FigureController {

    private final EvidenceService evidence;
    private final StoryService stories;
    private final ReviewService review;

    FigureController(EvidenceService evidence, StoryService stories, ReviewService review) {
        this.evidence = evidence;
        this.stories = stories;
        this.review = review;
    }

    /** Where and when a figure counts; {@code *Origin}: figure (its own words), story, corrected or unknown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Scope(@Nullable Long placeId, @Nullable String place, String placeOrigin, @Nullable LocalDate from,
                 @Nullable LocalDate to, boolean periodStated, String periodOrigin, @Nullable String correctedBy,
                 @Nullable Instant correctedAt) {

        static Scope of(FigureScopeView s) {
            return new Scope(s.placeId(), s.place(), s.placeOrigin(), s.from(), s.to(), s.periodStated(),
                    s.periodOrigin(), s.correctedBy(), s.correctedAt());
        }
    }

    record LedgerEntry(String origin, Instant published, String value, @Nullable BigDecimal lower,
                       @Nullable BigDecimal upper, String quote, @Nullable String role, boolean own) {

        static LedgerEntry of(FigurePanelData.LedgerEntry e) {
            return new LedgerEntry(e.origin(), e.published(), e.value(), Fields.plain(e.lower()),
                    Fields.plain(e.upper()), e.quote(),
                    e.role() == null ? null : e.role().name().toLowerCase(Locale.ROOT), e.own());
        }
    }

    record Suggestion(long assertionId, long reportId, String reportTitle, String whoSays, Instant published,
                      String quote, String value, int score, String proposed, List<String> why) {

        static Suggestion of(FigurePanelData.EvidenceSuggestionRow s) {
            return new Suggestion(s.assertionId(), s.reportId(), s.reportTitle(), s.whoSays(), s.published(),
                    s.quote(), s.value(), s.score(), s.proposed().name().toLowerCase(Locale.ROOT), s.why());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figure(long id, long storyId, long version, StoryJson.Figure figure, Scope scope, String status,
                  boolean partyClaim, int credibility, List<String> explanation, List<String> warnings,
                  boolean newerValueAvailable, List<StoryJson.Evidence> evidence, List<LedgerEntry> ledger,
                  List<Suggestion> suggestions, StoryJson.Approval approval) {
    }

    record ScopeCorrection(@Nullable Long version, @Nullable Long placeId, @Nullable LocalDate from,
                           @Nullable LocalDate to) {
    }

    record StoryScopeSetting(@Nullable List<Long> placeIds, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    @GetMapping(path = "/api/v1/figures/{id}", produces = "application/json")
    Figure figure(@PathVariable long id, Locale locale) {
        FigurePanelData panel = evidence.panel(id, locale);
        FigureScopeView scope = evidence.scope(id, locale);
        var row = stories.details(panel.storyId()).orElseThrow(() -> new NoSuchElementException("No figure " + id))
                .figures().stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No figure " + id));
        FigurePanelData.Standing s = panel.standing();
        return new Figure(id, panel.storyId(), scope.version(), StoryJson.Figure.of(row), Scope.of(scope),
                s.status().label(), s.partyClaim(), s.credibility(), s.explanation(), s.warnings(),
                s.newerValueAvailable(), panel.evidence().stream().map(StoryJson.Evidence::of).toList(),
                panel.ledger().stream().map(LedgerEntry::of).toList(),
                panel.suggestions().stream().map(Suggestion::of).toList(),
                StoryJson.Approval.of(review.figureReview(id)));
    }

    /**
     * Corrects where and when a figure counts, as the caller saw it at {@code version} (another version: 409 with the
     * figure as it is now); no {@code placeId}: the story's place; no days: the story's window.
     */
    @PutMapping(path = "/api/v1/figures/{id}/scope", consumes = "application/json", produces = "application/json")
    Scope correctScope(@PathVariable long id, @RequestBody ScopeCorrection request, Locale locale) {
        Fields.require().field("version", request.version()).check();
        evidence.scope(id, locale); // 404 for an unknown figure
        try {
            return Scope.of(evidence.correctScope(id, request.version(), request.placeId(), request.from(),
                    request.to(), locale));
        } catch (NoSuchElementException unknownPlace) {
            throw new IllegalArgumentException("The field 'placeId' names no place of the registry.");
        }
    }

    @GetMapping(path = "/api/v1/stories/{id}/scope", produces = "application/json")
    StoryScopeView storyScope(@PathVariable long id, Locale locale) {
        stories.ref(id).orElseThrow(() -> new NoSuchElementException("No story " + id));
        return evidence.storyScope(id, locale);
    }

    /** Sets a story's places and window (no places and no days: read them from its text again). */
    @PutMapping(path = "/api/v1/stories/{id}/scope", consumes = "application/json", produces = "application/json")
    StoryScopeView rescopeStory(@PathVariable long id, @RequestBody StoryScopeSetting request, Locale locale) {
        stories.ref(id).orElseThrow(() -> new NoSuchElementException("No story " + id));
        return evidence.rescopeStory(id, request.placeIds() == null ? List.of() : request.placeIds(), request.from(),
                request.to(), locale);
    }

    /** Accepts a suggested figure as suggested: 201, {@code Location} the new figure. */
    @PostMapping(path = "/api/v1/stories/{id}/suggestions/{suggestionId}/accept", produces = "application/json")
    ResponseEntity<Figure> accept(@PathVariable long id, @PathVariable long suggestionId, Locale locale) {
        stories.ref(id).orElseThrow(() -> new NoSuchElementException("No story " + id));
        long figureId = decided(() -> stories.accept(id, suggestionId, null));
        return ResponseEntity.created(URI.create("/api/v1/figures/" + figureId)).body(figure(figureId, locale));
    }

    /** Dismisses a suggested figure: it does not come back when the story is extracted again. 204. */
    @PostMapping(path = "/api/v1/stories/{id}/suggestions/{suggestionId}/dismiss")
    ResponseEntity<Void> dismiss(@PathVariable long id, @PathVariable long suggestionId) {
        stories.ref(id).orElseThrow(() -> new NoSuchElementException("No story " + id));
        decided(() -> {
            stories.dismiss(id, suggestionId);
            return 0L;
        });
        return ResponseEntity.noContent().build();
    }

    /**
     * Removes a figure of the story accepted by mistake, as the figure panel's Remove figure does: 204; its words stay
     * in the text and are not suggested again; its evidence, standing, decision, values and comments go with it. A
     * figure not of this story: 404; a published story: 409.
     */
    @DeleteMapping(path = "/api/v1/stories/{id}/figures/{figureId}")
    ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long figureId) {
        stories.ref(id).orElseThrow(() -> new NoSuchElementException("No story " + id));
        stories.removeFigure(id, figureId);
        return ResponseEntity.noContent().build();
    }

    /** A suggestion already accepted or dismissed is a conflict, not a server error. */
    private static long decided(java.util.function.LongSupplier decision) {
        try {
            return decision.getAsLong();
        } catch (IllegalStateException already) {
            throw new ApiProblems.ConflictException(already.getMessage());
        }
    }
}
