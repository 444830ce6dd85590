package org.corroborate.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.report.ReportService;
import org.corroborate.report.ReportText;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feeds an admin registers: registered once checked (the address is fetched and must be a feed), read in the
 * background by {@link FeedScheduler}, paused, resumed, run at once or removed. Everyone may see how they run.
 */
@Service
public class FeedService {

    static final String ADMIN = "hasRole('" + Role.Names.ADMIN + "')";

    private final FeedRepository feeds;
    private final FeedItems items;
    private final PageFetcher fetcher;
    private final FetchSettings settings;
    private final SourceService sources;
    private final FeedReader reader = new FeedReader();

    FeedService(FeedRepository feeds, FeedItems items, PageFetcher fetcher, FetchSettings settings,
            SourceService sources) {
        this.feeds = feeds;
        this.items = items;
        this.fetcher = fetcher;
        this.settings = settings;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FeedRow> list() {
        Map<Long, SourceRef> byId = sources.choices().stream().collect(Collectors.toMap(SourceRef::id, Function.identity()));
        return feeds.findAllByOrderByTitleAsc().stream().map(f -> row(f, byId)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FeedItemRow> latestItems(long feedId, int max) {
        return items.latest(feedId, max);
    }

    /**
     * Registers a feed, read for the first time at once. The address is fetched first (with the same safety
     * rules as any page) and must be an RSS or Atom feed; its own title is used when none is given. Throws
     * {@link FetchFailedException} when it cannot be read, {@link IllegalArgumentException} when it is
     * registered already or the interval is out of bounds; nothing is stored then.
     */
    @Transactional
    @PreAuthorize(ADMIN)
    public long register(FeedDraft draft) {
        String url = draft.url() == null ? "" : draft.url().strip();
        if (!ReportText.isWebAddress(url) || url.length() > ReportService.MAX_URL_LENGTH) {
            throw new FetchFailedException(FetchFailedException.Reason.INVALID_ADDRESS, "Not a web address: " + url, url);
        }
        if (feeds.existsByUrl(url)) {
            throw new IllegalArgumentException("feed.error.registered");
        }
        FeedReader.Read read = reader.read(fetcher.fetch(url, settings.rules(), PageFetcher.FEED_TYPES).body());
        String title = draft.title() != null && !draft.title().isBlank() ? draft.title().strip()
                : read.title().isBlank() ? url : read.title();
        Feed feed = new Feed(url, truncate(title, 500), draft.publisherId(), language(draft.language()),
                draft.intervalMinutes(), CurrentUser.usernameOrSystem(), Instant.now());
        return feeds.saveAndFlush(feed).getId();
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public void change(long id, long expectedVersion, FeedDraft draft) {
        Feed feed = feed(id, expectedVersion);
        feed.change(draft.title() == null || draft.title().isBlank() ? feed.getTitle() : truncate(draft.title().strip(), 500),
                draft.publisherId(), language(draft.language()), draft.intervalMinutes());
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public void pause(long id) {
        feed(id, null).pause();
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public void resume(long id) {
        feed(id, null).resume(Instant.now());
    }

    /** The feed is read at the scheduler's next turn (within its poll interval), paused or not. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void runSoon(long id) {
        Feed feed = feed(id, null);
        feed.runNow(Instant.now());
        if (feed.isPaused()) {
            feed.resume(Instant.now());
        }
    }

    /** Removes the feed and its items' history; the reports it brought stay. */
    @Transactional
    @PreAuthorize(ADMIN)
    public void remove(long id) {
        feeds.delete(feed(id, null));
    }

    private Feed feed(long id, Long expectedVersion) {
        Feed feed = feeds.lock(id).orElseThrow(() -> new NoSuchElementException("No feed " + id));
        if (expectedVersion != null && feed.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Feed.class, id);
        }
        return feed;
    }

    private static FeedRow row(Feed f, Map<Long, SourceRef> sources) {
        SourceRef publisher = f.getPublisherId() == null ? null : sources.get(f.getPublisherId());
        return new FeedRow(f.getId(), f.getVersion(), f.getUrl(), f.getTitle(), f.getPublisherId(),
                publisher == null ? null : publisher.name(), f.getLanguage(), f.getIntervalMinutes(), f.isPaused(),
                f.getNextRunAt(), f.getLastRunAt(), f.getLastSuccessAt(), f.getLastError(), f.getLastItems(),
                f.getLastImported(), f.getItemsImported());
    }

    private static String language(String language) {
        return language == null || language.isBlank() ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
