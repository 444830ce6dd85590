package org.corroborate.export;

import java.util.Locale;
import java.util.Map;
import org.corroborate.security.Role;
import org.corroborate.story.StoryDetails;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The export feature's API for the REST endpoints: a story's figures as CSV and as ClaimReview JSON-LD. */
@Service
public class Exports {

    private final StoryFigures figures;

    Exports(StoryFigures figures) {
        this.figures = figures;
    }

    /** The story's figures as CSV (a UTF-8 byte order mark first when {@code bom}, for Excel). */
    @PreAuthorize(Role.Names.CAN_READ)
    public String figuresCsv(long storyId, boolean bom, Locale locale) {
        StoryDetails story = figures.story(storyId);
        return FiguresCsv.write(figures.of(story, locale), bom);
    }

    /** schema.org ClaimReview JSON-LD of the story's approved figures; {@code storyUrl} is its address in the app. */
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<String, Object> claimReview(long storyId, String storyUrl, String author, Locale locale) {
        StoryDetails story = figures.story(storyId);
        return ClaimReviews.document(story, storyUrl, figures.of(story, locale), author);
    }
}
