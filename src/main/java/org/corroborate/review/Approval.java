package org.corroborate.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.corroborate.story.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * An editor's current decision on one figure: approved with the wording to publish, or rejected with a reason.
 * It remembers what the figure rested on when decided (its fingerprint: evidence, value, status); when that
 * changes, the decision lapses and the figure needs approval again.
 */
@Entity
@Table(name = "figure_approval")
class Approval extends AbstractEntity {

    @Column(name = "figure_id", nullable = false, updatable = false)
    private Long figureId;

    @Column(name = "story_id", nullable = false, updatable = false)
    private Long storyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false)
    private Decision decision;

    @Column(name = "wording")
    private @Nullable String wording;

    @Column(name = "reason")
    private @Nullable String reason;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "fingerprint", nullable = false)
    private String fingerprint;

    @Column(name = "lapsed_by")
    private @Nullable String lapsedBy;

    @Column(name = "lapsed_at")
    private @Nullable Instant lapsedAt;

    protected Approval() {
    }

    public Approval(long figureId, long storyId) {
        this.figureId = figureId;
        this.storyId = storyId;
    }

    /** Approves the figure with the words to publish, as it stands now ({@code fingerprint}). */
    public void approve(String words, String by, Instant at, String fingerprintNow) {
        decide(Decision.APPROVED, requireText(words), null, by, at, fingerprintNow);
    }

    /** Rejects the figure, saying why. */
    public void reject(String why, String by, Instant at, String fingerprintNow) {
        decide(Decision.REJECTED, null, requireText(why), by, at, fingerprintNow);
    }

    /**
     * The figure now stands on {@code fingerprintNow}: if that differs from what was decided on, the decision
     * lapses. Returns whether it lapsed just now.
     */
    public boolean lapseIfChanged(String fingerprintNow, String by, Instant at) {
        if (decision == Decision.LAPSED || fingerprint.equals(fingerprintNow)) {
            return false;
        }
        lapse(by, at);
        return true;
    }

    /** The figure changed after the decision: it needs approval again. */
    public void lapse(String by, Instant at) {
        if (decision == null) {
            throw new IllegalStateException("Nothing decided yet on figure " + figureId);
        }
        this.decision = Decision.LAPSED;
        this.lapsedBy = Objects.requireNonNull(by);
        this.lapsedAt = Objects.requireNonNull(at);
    }

    private void decide(Decision d, @Nullable String words, @Nullable String why, String by, Instant at,
            String fingerprintNow) {
        this.decision = d;
        this.wording = words;
        this.reason = why;
        this.decidedBy = Objects.requireNonNull(by);
        this.decidedAt = Objects.requireNonNull(at);
        this.fingerprint = Objects.requireNonNull(fingerprintNow);
        this.lapsedBy = null;
        this.lapsedAt = null;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new ReviewRefusedException(Refusal.TEXT_REQUIRED);
        }
        return text.strip();
    }

    /** Approved or rejected, and still valid. */
    public boolean isDecided() {
        return decision == Decision.APPROVED || decision == Decision.REJECTED;
    }

    public Long getFigureId() {
        return figureId;
    }

    public Long getStoryId() {
        return storyId;
    }

    public @Nullable Decision getDecision() {
        return decision;
    }

    public @Nullable String getWording() {
        return wording;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public @Nullable String getLapsedBy() {
        return lapsedBy;
    }

    public @Nullable Instant getLapsedAt() {
        return lapsedAt;
    }
}
