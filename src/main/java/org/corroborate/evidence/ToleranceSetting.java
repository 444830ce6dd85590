package org.corroborate.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.corroborate.evidence.domain.Tolerances;

/** The one row of tolerance settings an admin may change. */
@Entity
@Table(name = "tolerance_setting")
class ToleranceSetting {

    static final short THE_ROW = 1;

    @Id
    @Column(name = "id")
    private Short id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "approximate", nullable = false)
    private BigDecimal approximate;

    @Column(name = "nearly", nullable = false)
    private BigDecimal nearly;

    @Column(name = "vague", nullable = false)
    private BigDecimal vague;

    @Column(name = "large_round_word", nullable = false)
    private BigDecimal largeRoundWord;

    @Column(name = "precision_cap", nullable = false)
    private BigDecimal precisionCap;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ToleranceSetting() {
    }

    Tolerances tolerances() {
        return new Tolerances(approximate, nearly, vague, largeRoundWord, precisionCap);
    }

    long getVersion() {
        return version;
    }

    /** An admin sets new tolerances; {@link Tolerances} refuses shares outside [0, 1). */
    void change(Tolerances to, String by, Instant at) {
        approximate = to.approximate();
        nearly = to.nearly();
        vague = to.vague();
        largeRoundWord = to.largeRoundWord();
        precisionCap = to.precisionCap();
        updatedBy = by;
        updatedAt = at;
    }
}
