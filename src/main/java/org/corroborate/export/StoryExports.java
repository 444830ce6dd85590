package org.corroborate.export;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.corroborate.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A story's exports as files to download from the story's page: the figures as CSV (with a byte order mark, so
 * that Excel reads the accents) and the approved figures as schema.org ClaimReview JSON-LD. For whoever may read
 * the story.
 */
@Service
public class StoryExports {

    /** A file: its name, its media type and its bytes. */
    public record Download(String fileName, String mediaType, byte[] content) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Exports exports;
    private final String author;
    private final String publicUrl;

    StoryExports(Exports exports, @Value("${corroborate.claimreview.author:Corroborate}") String author,
            @Value("${corroborate.public-url:}") String publicUrl) {
        this.exports = exports;
        this.author = author;
        this.publicUrl = publicUrl;
    }

    @PreAuthorize(Role.Names.CAN_READ)
    public Download csv(long storyId, Locale locale) {
        return new Download("story-" + storyId + "-figures.csv", "text/csv; charset=UTF-8",
                exports.figuresCsv(storyId, true, locale).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The ClaimReview document; the story's address is under the configured public address, else under
     * {@code appUrl} (where the user reached the app).
     */
    @PreAuthorize(Role.Names.CAN_READ)
    public Download claimReview(long storyId, String appUrl, Locale locale) {
        String base = (publicUrl.isBlank() ? appUrl : publicUrl).replaceAll("/+$", "");
        Map<String, Object> document = exports.claimReview(storyId, base + "/story/" + storyId, author, locale);
        return new Download("story-" + storyId + "-claimreview.jsonld", "application/ld+json",
                JSON.writeValueAsBytes(document));
    }
}
