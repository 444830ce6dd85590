package org.corroborate.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.figure.FigureRow;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.review.FigureReview;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StorySummary;
import org.jspecify.annotations.Nullable;

/** The JSON shapes of stories, figures and suggestions; qualifiers and kinds by their brief's labels. */
final class StoryJson {

    private StoryJson() {
    }

    record Summary(long id, String title, String language, String state, long figureCount, Instant updatedAt) {

        static Summary of(StorySummary s) {
            return new Summary(s.id(), s.title(), s.language(), s.state().name().toLowerCase(java.util.Locale.ROOT), s.figureCount(),
                    s.updatedAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Details(long id, long version, String title, String language, String state,
            @Nullable Instant publishedAt, String text, List<Figure> figures, List<Suggestion> suggestions) {

        static Details of(StoryDetails s, List<FigureSuggestionRow> suggestions) {
            return new Details(s.id(), s.version(), s.title(), s.language(), s.state().name().toLowerCase(java.util.Locale.ROOT),
                    s.publishedAt(), s.body(), s.figures().stream().map(Figure::of).toList(),
                    suggestions.stream().map(Suggestion::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Figure(long id, int start, int end, String quote, String qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high, @Nullable String unit, String value, String kind, @Nullable String subject,
            @Nullable String period, @Nullable String attribution, boolean detached, @Nullable String holder) {

        static Figure of(FigureRow f) {
            return new Figure(f.id(), f.start(), f.end(), f.quote(), f.qualifier().label(), Fields.plain(f.low()),
                    Fields.plain(f.high()), f.unit(), f.value(), f.kind().label(), f.subject(), f.period(),
                    f.attribution(), f.detached(), f.holder());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Suggestion(long id, int start, int end, String quote, String qualifier, @Nullable BigDecimal low,
            @Nullable BigDecimal high, @Nullable String unit, String value, String kind, @Nullable String subject,
            @Nullable String period, @Nullable String attribution, @Nullable Long sourceId, @Nullable String holder) {

        static Suggestion of(FigureSuggestionRow s) {
            return new Suggestion(s.id(), s.start(), s.end(), s.quote(), s.qualifier().label(), Fields.plain(s.low()),
                    Fields.plain(s.high()), s.unit(), s.value(), s.kind().label(), s.subject(), s.period(),
                    s.attributionMention(), s.sourceId(), s.holder());
        }
    }

    /** A figure with how it stands, the evidence linked to it and the editors' decision on it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FigureWithStanding(Figure figure, String status, boolean partyClaim, int credibility, List<String> explanation,
            List<String> warnings, boolean newerValueAvailable, List<Evidence> evidence, Approval approval) {

        static FigureWithStanding of(FigureRow f, FigurePanelData panel, FigureReview review) {
            FigurePanelData.Standing s = panel.standing();
            return new FigureWithStanding(Figure.of(f), s.status().label(), s.partyClaim(), s.credibility(),
                    s.explanation(), s.warnings(), s.newerValueAvailable(),
                    panel.evidence().stream().map(Evidence::of).toList(), Approval.of(review));
        }
    }

    /**
     * The editors' decision: {@code decision} approved, rejected, lapsed (the evidence changed since: needs
     * approval again) or pending (not decided yet); the approved wording or the reason for rejecting; who
     * decided and when; who made it lapse.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Approval(String decision, @Nullable String wording, @Nullable String reason, @Nullable String decidedBy,
            @Nullable Instant decidedAt, @Nullable String lapsedBy) {

        static Approval of(FigureReview r) {
            String decision = r.decision() == null ? "pending" : r.decision().name().toLowerCase(java.util.Locale.ROOT);
            return new Approval(decision, r.wording(), r.reason(), r.decidedBy(), r.decidedAt(), r.lapsedBy());
        }
    }

    record Evidence(long assertionId, long reportId, String reportTitle, String whoSays, Instant published,
            String quote, String value, String relation, String role, String linkedBy, Instant linkedAt) {

        static Evidence of(FigurePanelData.EvidenceRow e) {
            return new Evidence(e.assertionId(), e.reportId(), e.reportTitle(), e.whoSays(), e.published(), e.quote(),
                    e.value(), e.relation().name().toLowerCase(java.util.Locale.ROOT), e.role().name().toLowerCase(java.util.Locale.ROOT), e.linkedBy(),
                    e.linkedAt());
        }
    }
}
