package org.corroborate.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.WarningCode;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Period;
import org.jspecify.annotations.Nullable;

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

    /** The scope the derivation found (V77): which new assertions may change this standing. */
    @Column(name = "scope_kind")
    private String scopeKind;

    @Column(name = "scope_place_id")
    private Long scopePlaceId;

    @Column(name = "scope_from")
    private LocalDate scopeFrom;

    @Column(name = "scope_to")
    private LocalDate scopeTo;

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

    /**
     * What the derivation looked up candidates for: the figure's kind, its place (null: none known) and days (null:
     * none known). Not something a reader sees.
     */
    void scopedAt(QuantityKind kind, @Nullable Long placeId, @Nullable Period days) {
        scopeKind = kind.name();
        scopePlaceId = placeId;
        scopeFrom = days == null ? null : days.from();
        scopeTo = days == null ? null : days.to();
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
