package org.corroborate.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.WarningCode;

/** The last derived standing of a figure, kept for colouring stories and listing conflicts. */
@Entity
@Table(name = "figure_standing")
class StandingRecord {

    @Id
    @Column(name = "figure_id")
    private Long figureId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FigureStatus status;

    @Column(name = "party_claim", nullable = false)
    private boolean partyClaim;

    @Column(name = "credibility", nullable = false)
    private short credibility;

    @Column(name = "warning_codes", nullable = false)
    private String warningCodes = "";

    @Column(name = "newer_value_available", nullable = false)
    private boolean newerValueAvailable;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected StandingRecord() {
    }

    StandingRecord(long figureId) {
        this.figureId = figureId;
    }

    /** Records a fresh derivation; returns whether anything a reader sees changed. */
    boolean record(FigureStatus newStatus, boolean newPartyClaim, int newCredibility, List<WarningCode> warnings,
            boolean newerValue, Instant at) {
        String codes = warnings.stream().map(Enum::name).distinct().collect(Collectors.joining(","));
        boolean changed = newStatus != status || newPartyClaim != partyClaim || newCredibility != credibility
                || !codes.equals(warningCodes) || newerValue != newerValueAvailable;
        status = newStatus;
        partyClaim = newPartyClaim;
        credibility = (short) newCredibility;
        warningCodes = codes;
        newerValueAvailable = newerValue;
        computedAt = at;
        return changed;
    }

    Long getFigureId() {
        return figureId;
    }

    FigureStatus getStatus() {
        return status;
    }

    boolean isPartyClaim() {
        return partyClaim;
    }

    int getCredibility() {
        return credibility;
    }

    List<WarningCode> getWarningCodes() {
        return warningCodes.isEmpty() ? List.of()
                : Arrays.stream(warningCodes.split(",")).map(WarningCode::valueOf).toList();
    }

    boolean isNewerValueAvailable() {
        return newerValueAvailable;
    }
}
