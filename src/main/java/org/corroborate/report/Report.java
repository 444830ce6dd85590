package org.corroborate.report;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.source.Source;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** A document that states figures. Its assertions belong to it and are changed through it. */
@Entity
@Table(name = "report")
public class Report extends AbstractEntity {

    @Column(name = "external_key", unique = true)
    private @Nullable String externalKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "publisher_id", nullable = false)
    private Source publisher;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "url")
    private @Nullable String url;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "body", nullable = false)
    private String body;

    /** {@link ReportText#urlKey}: how a second copy of the same page is recognised. */
    @Column(name = "url_key")
    private @Nullable String urlKey;

    /** {@link ReportText#fingerprint} of the body: how the same text pasted twice is recognised. */
    @Column(name = "text_hash")
    private @Nullable String textHash;

    /** The archived copy of what was read or pasted (archive feature); null for reports stored before it. */
    @Column(name = "archive_id")
    private @Nullable Long archiveId;

    @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Assertion> assertions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Report() {
    }

    public Report(@Nullable String externalKey, Source publisher, Instant publishedAt, String language,
            @Nullable String url, String title, String body) {
        this.externalKey = externalKey;
        this.publisher = Objects.requireNonNull(publisher);
        this.publishedAt = Objects.requireNonNull(publishedAt);
        this.language = Objects.requireNonNull(language);
        this.url = url;
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        fingerprint();
    }

    /** Computes what duplicates share; also for reports stored before fingerprints existed. */
    void fingerprint() {
        this.urlKey = ReportText.urlKey(url);
        this.textHash = ReportText.fingerprint(body);
    }

    /** Records that this report states a figure: its quote must stand at {@code start} in the text. */
    public Assertion state(String quote, int start, Source origin, List<Source> via, Quantity quantity, Measure measure) {
        if (start < 0 || start + quote.length() > body.length() || !body.startsWith(quote, start)) {
            throw new IllegalArgumentException("The quote \"" + quote + "\" is not in the report's text at " + start);
        }
        Assertion assertion = new Assertion(this, assertions.size(), quote, start, origin, via, quantity, measure);
        assertions.add(assertion);
        return assertion;
    }

    /**
     * Links the report to the archived copy of what it says. Set again when an import retries a report whose
     * first write (and copy) was rolled back.
     */
    void keptAs(long archivedCopyId) {
        this.archiveId = archivedCopyId;
    }

    public @Nullable Long getArchiveId() {
        return archiveId;
    }

    public @Nullable String getExternalKey() {
        return externalKey;
    }

    public Source getPublisher() {
        return publisher;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getLanguage() {
        return language;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public @Nullable String getUrlKey() {
        return urlKey;
    }

    public @Nullable String getTextHash() {
        return textHash;
    }

    public List<Assertion> getAssertions() {
        return List.copyOf(assertions);
    }
}
