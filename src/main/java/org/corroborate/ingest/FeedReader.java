package org.corroborate.ingest;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.ingest.FetchFailedException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSS (0.9x to 2.0, 1.0) or Atom feed with Rome: its title, language and items, each with the key
 * that says it was seen before (its guid or id, else its link). DOCTYPEs are refused (Rome's default), so a feed
 * cannot make the parser read files or other addresses. Plain Java.
 */
final class FeedReader {

    /** An item: its key, the address of its page, and what the feed says of it. */
    record Item(String key, @Nullable String url, String title, @Nullable Instant publishedAt) {
    }

    record Read(String title, @Nullable String language, List<Item> items) {
    }

    Read read(byte[] xml) {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
            List<Item> items = new ArrayList<>();
            for (SyndEntry entry : feed.getEntries()) {
                String url = entry.getLink() == null || entry.getLink().isBlank() ? null : entry.getLink().strip();
                String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : url;
                if (key == null) {
                    continue;
                }
                var date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
                items.add(new Item(key.length() > 2000 ? key.substring(0, 2000) : key, url,
                        entry.getTitle() == null ? "" : entry.getTitle().strip(), date == null ? null : date.toInstant()));
            }
            return new Read(feed.getTitle() == null ? "" : feed.getTitle().strip(), feed.getLanguage(), items);
        } catch (FeedException | IOException | IllegalArgumentException notAFeed) {
            throw new FetchFailedException(Reason.UNREADABLE, "Not an RSS or Atom feed: " + notAFeed.getMessage(),
                    "RSS/Atom");
        }
    }
}
