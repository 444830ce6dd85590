package org.corroborate.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * An RSS or Atom feed an admin registered: read every {@code intervalMinutes}, its new items imported as
 * reports, unless paused. It keeps how its last run went.
 */
@Entity
@Table(name = "feed")
class Feed extends AbstractEntity {

    static final int MIN_INTERVAL = 5;
    static final int MAX_INTERVAL = 7 * 24 * 60;

    @Column(name = "url", nullable = false, unique = true)
    private String url;

    @Column(name = "title", nullable = false)
    private String title;

    /** The source whose items these are when an item's own web domain names none; null: by domain only. */
    @Column(name = "publisher_id")
    private @Nullable Long publisherId;

    /** The items' language when a page does not say it; null: guessed from the text. */
    @Column(name = "language")
    private @Nullable String language;

    @Column(name = "interval_minutes", nullable = false)
    private int intervalMinutes;

    @Column(name = "paused", nullable = false)
    private boolean paused;

    @Column(name = "next_run_at", nullable = false)
    private Instant nextRunAt;

    @Column(name = "last_run_at")
    private @Nullable Instant lastRunAt;

    @Column(name = "last_success_at")
    private @Nullable Instant lastSuccessAt;

    @Column(name = "last_error")
    private @Nullable String lastError;

    @Column(name = "last_items", nullable = false)
    private int lastItems;

    @Column(name = "last_imported", nullable = false)
    private int lastImported;

    @Column(name = "items_imported", nullable = false)
    private long itemsImported;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Feed() {
    }

    Feed(String url, String title, @Nullable Long publisherId, @Nullable String language, int intervalMinutes,
            String createdBy, Instant now) {
        this.url = Objects.requireNonNull(url);
        this.title = Objects.requireNonNull(title);
        this.publisherId = publisherId;
        this.language = language;
        this.intervalMinutes = checkInterval(intervalMinutes);
        this.createdBy = createdBy;
        this.nextRunAt = now;
    }

    /** Stops reading the feed until resumed; a run under way finishes. */
    void pause() {
        paused = true;
    }

    /** Reads the feed again, at once. */
    void resume(Instant now) {
        paused = false;
        nextRunAt = now;
    }

    /** A run is due now (an admin asked), paused or not. */
    void runNow(Instant now) {
        nextRunAt = now;
    }

    void change(String newTitle, @Nullable Long newPublisherId, @Nullable String newLanguage, int newInterval) {
        this.title = Objects.requireNonNull(newTitle);
        this.publisherId = newPublisherId;
        this.language = newLanguage;
        this.intervalMinutes = checkInterval(newInterval);
    }

    /** Taken by a run: the next one is an interval later, so no other instance takes it meanwhile. */
    void claim(Instant now) {
        nextRunAt = now.plus(Duration.ofMinutes(intervalMinutes));
    }

    /** How a run went: the items the feed listed, those imported, and the error that stopped it, if any. */
    void ran(Instant at, int items, int imported, @Nullable String error) {
        lastRunAt = at;
        lastItems = items;
        lastImported = imported;
        itemsImported += imported;
        lastError = error;
        if (error == null) {
            lastSuccessAt = at;
        }
    }

    private static int checkInterval(int minutes) {
        if (minutes < MIN_INTERVAL || minutes > MAX_INTERVAL) {
            throw new IllegalArgumentException("A feed is read every " + MIN_INTERVAL + " minutes to 7 days");
        }
        return minutes;
    }

    String getUrl() { return url; }
    String getTitle() { return title; }
    @Nullable Long getPublisherId() { return publisherId; }
    @Nullable String getLanguage() { return language; }
    int getIntervalMinutes() { return intervalMinutes; }
    boolean isPaused() { return paused; }
    Instant getNextRunAt() { return nextRunAt; }
    @Nullable Instant getLastRunAt() { return lastRunAt; }
    @Nullable Instant getLastSuccessAt() { return lastSuccessAt; }
    @Nullable String getLastError() { return lastError; }
    int getLastItems() { return lastItems; }
    int getLastImported() { return lastImported; }
    long getItemsImported() { return itemsImported; }
}
