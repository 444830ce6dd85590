package org.corroborate.export;

import java.util.Locale;
import java.util.Optional;
import org.corroborate.security.Role;
import org.corroborate.story.StoryService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The printable check sheet of a story: everyone who reads stories may print it. */
@Service
public class CheckSheets {

    private final StoryService stories;
    private final StoryFigures figures;

    CheckSheets(StoryService stories, StoryFigures figures) {
        this.stories = stories;
        this.figures = figures;
    }

    /** The sheet of the story, in the reader's language; empty when there is no such story. */
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<CheckSheet> of(long storyId, Locale locale) {
        return stories.details(storyId).map(story -> new CheckSheet(story, figures.of(story, locale)));
    }
}
