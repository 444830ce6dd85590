package org.corroborate.api.export;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.evidence.FigurePanelData.Role;
import org.corroborate.story.StoryDetails;
import org.corroborate.story.StoryService;
import org.springframework.stereotype.Component;

/** Gathers a story's figures with their standing, through the same services the story view uses. */
@Component
class StoryFigures {

    private final StoryService stories;
    private final EvidenceService evidence;

    StoryFigures(StoryService stories, EvidenceService evidence) {
        this.stories = stories;
        this.evidence = evidence;
    }

    /** The story; throws {@link NoSuchElementException} when there is none with that id. */
    StoryDetails story(long storyId) {
        return stories.details(storyId).orElseThrow(() -> new NoSuchElementException("No story " + storyId));
    }

    /** The figures still anchored in the story's text, in text order, each with its standing. */
    List<CheckedFigure> of(StoryDetails story, Locale locale) {
        return story.figures().stream().filter(f -> !f.detached()).map(f -> {
            FigurePanelData panel = evidence.panel(f.id(), locale);
            List<String> origins = panel.evidence().stream().filter(e -> e.role() == Role.SUPPORTING)
                    .map(FigurePanelData.EvidenceRow::whoSays).distinct().toList();
            return new CheckedFigure(f, panel.standing(), origins, Sentences.around(story.body(), f.start(), f.end()));
        }).toList();
    }
}
