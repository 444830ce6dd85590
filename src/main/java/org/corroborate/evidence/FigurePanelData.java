package org.corroborate.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Interval;
import org.corroborate.evidence.domain.Relation;
import org.jspecify.annotations.Nullable;

/**
 * Everything the figure panel shows, rendered in the reader's language. {@code reading} is {@code interval}, the
 * interval the figure's value is compared as (its qualifier read with the current tolerances), written out.
 * {@code attribution} is the registered source's name, or the story's words when no registered source matches
 * ({@code attributionRegistered} false). {@code holder}: who holds what the figure counts, or null.
 */
public record FigurePanelData(long figureId, long storyId, String quote, String value, String reading, Interval interval,
        @Nullable String attribution, boolean attributionRegistered, Standing standing, List<EvidenceRow> evidence, List<EvidenceSuggestionRow> suggestions,
        List<LedgerEntry> ledger, @Nullable String holder) {

    /** How the figure stands. */
    public record Standing(FigureStatus status, boolean partyClaim, int credibility, List<String> explanation,
            List<String> warnings, boolean newerValueAvailable) {
    }

    /** What a linked assertion does for the figure, as the engine read it (support may turn out history). */
    public enum Role { SUPPORTING, CONTRADICTING, EARLIER, CONTEXT }

    /** A linked assertion. */
    public record EvidenceRow(long assertionId, long reportId, String reportTitle, String whoSays, Instant published,
            String quote, String value, Relation relation, Role role, String linkedBy, Instant linkedAt) {
    }

    /** A candidate the fact-checker may link, with the relation proposed and why. */
    public record EvidenceSuggestionRow(long assertionId, long reportId, String reportTitle, String whoSays, Instant published,
            String quote, String value, int score, Relation proposed, List<String> why) {
    }

    /**
     * A value stated for this measure, for the timeline: an interval whose open sides are null bounds.
     * {@code own} marks the figure itself (as of its story's time).
     */
    public record LedgerEntry(String origin, Instant published, @Nullable BigDecimal lower, @Nullable BigDecimal upper,
            String interval, String value, String quote, @Nullable Role role, boolean own) {
    }
}
