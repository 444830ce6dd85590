package org.corroborate.story;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.figure.FigureService;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stories feature's API. */
@Service
public class StoryService {

    private final StoryRepository stories;
    private final FigureService figures;

    StoryService(StoryRepository stories, FigureService figures) {
        this.stories = stories;
        this.figures = figures;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<StorySummary> list(String filter, Pageable page) {
        return stories.findSummaries(normalise(filter), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count(String filter) {
        return stories.countSummaries(normalise(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<StoryDetails> details(long id) {
        return stories.findById(id).map(s -> new StoryDetails(s.getId(), s.getVersion(), s.getTitle(),
                s.getLanguage(), s.getState(), s.getBody(), s.getPublishedAt(), figures.figuresOf(s.getId())));
    }

    /** Stores a pasted story as a draft. Throws {@link InvalidStoryException} naming every problem. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long create(String title, String language, String text) {
        return stories.save(Story.draft(title, language, text, CurrentUser.usernameOrSystem())).getId();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Long> findByTitle(String title) {
        return stories.findFirstByTitle(title).map(Story::getId);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void datePublication(long storyId, java.time.Instant when) {
        stories.findById(storyId).orElseThrow().datePublication(when);
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
