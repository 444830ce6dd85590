package org.corroborate.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.source.Source;

/**
 * One figure stated inside a report, with the source it is attributed to there: "AFP, citing SOHR" is
 * publisher AFP (the report's), origin SOHR; relays between them form the via chain.
 */
@Entity
@Table(name = "assertion")
public class Assertion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private Report report;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "quote", nullable = false)
    private String quote;

    @Column(name = "start_offset", nullable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false)
    private int endOffset;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "origin_id", nullable = false)
    private Source origin;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "assertion_via", joinColumns = @JoinColumn(name = "assertion_id"),
            inverseJoinColumns = @JoinColumn(name = "source_id"))
    @OrderColumn(name = "position")
    private List<Source> via = new ArrayList<>();

    /** The report's publication time, copied so that candidate look-ups need no join to order by it. */
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Embedded
    private Quantity quantity;

    @Embedded
    private Measure measure;

    protected Assertion() {
    }

    Assertion(Report report, int position, String quote, int start, Source origin, List<Source> via,
            Quantity quantity, Measure measure) {
        this.report = report;
        this.publishedAt = report.getPublishedAt();
        this.position = position;
        this.quote = quote;
        this.startOffset = start;
        this.endOffset = start + quote.length();
        this.origin = Objects.requireNonNull(origin);
        this.via = new ArrayList<>(via);
        this.quantity = Objects.requireNonNull(quantity);
        this.measure = Objects.requireNonNull(measure);
    }

    /** The number is the whole a part is counted from ("67 of the 151 seats": 151; V80). */
    @jakarta.persistence.Column(name = "whole", nullable = false)
    private boolean whole;

    /** The number is the whole a part is counted from, not a count of the part's holder ("of the 151 seats"). */
    void countsTheWhole() {
        this.whole = true;
    }

    public boolean isWhole() {
        return whole;
    }

    /** Whether its place and period were read (assertions stored before scopes existed are read at start). */
    @jakarta.persistence.Column(name = "scope_read", nullable = false)
    private boolean scopeRead;

    /** The measure with the place and period read from the report (see {@link ReportScopes}). */
    void scopeTo(Measure scoped) {
        this.measure = Objects.requireNonNull(scoped);
        this.scopeRead = true;
    }

    boolean isScopeRead() {
        return scopeRead;
    }

    public Report getReport() {
        return report;
    }

    int getPosition() {
        return position;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getQuote() {
        return quote;
    }

    public int getStartOffset() {
        return startOffset;
    }

    public int getEndOffset() {
        return endOffset;
    }

    public Source getOrigin() {
        return origin;
    }

    public List<Source> getVia() {
        return List.copyOf(via);
    }

    public Quantity getQuantity() {
        return quantity;
    }

    public Measure getMeasure() {
        return measure;
    }
}
