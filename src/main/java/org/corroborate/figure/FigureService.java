package org.corroborate.figure;

import java.util.List;
import org.corroborate.base.domain.Measure;
import org.corroborate.base.domain.Quantity;
import org.corroborate.security.Role;
import org.corroborate.source.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures feature's API. */
@Service
public class FigureService {

    private final FigureRepository figures;
    private final ApplicationEventPublisher events;

    FigureService(FigureRepository figures, ApplicationEventPublisher events) {
        this.figures = figures;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<FigureRow> figuresOf(long storyId) {
        return figures.findByStory(storyId).stream().map(FigureService::row).toList();
    }

    /** Anchors a figure in a story's text; the same span is never stored twice. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long anchor(long storyId, String storyText, int start, String quote, Quantity quantity, Measure measure,
            @Nullable Source attribution) {
        if (figures.existsByStoryIdAndStartOffset(storyId, start)) {
            throw new IllegalArgumentException("A figure already starts at " + start + " in story " + storyId);
        }
        long id = figures.save(Figure.anchor(storyId, storyText, start, quote, quantity, measure, attribution)).getId();
        events.publishEvent(new FigureAnchored(id, storyId));
        return id;
    }

    private static FigureRow row(Figure f) {
        Quantity q = f.getQuantity();
        Measure m = f.getMeasure();
        return new FigureRow(f.getId(), f.getStartOffset(), f.getEndOffset(), f.getQuote(), q.qualifier(), q.low(),
                q.high(), q.unit(), q.display(), m.kind(), m.subject(), m.period(),
                f.getAttributedSource() == null ? null : f.getAttributedSource().getName());
    }
}
