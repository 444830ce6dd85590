package org.corroborate.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.corroborate.figure.Figure;
import org.corroborate.measure.Period;
import org.corroborate.measure.Scope;
import org.corroborate.place.Gazetteer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where and when a story's figures count. A story's scope: the places its text names most (its title counting
 * twice) and its window, the days before its date widened to the short periods its figures state; an editor may
 * set both. A figure's own scope: the place its sentence names and the days its period phrase says, or what a
 * fact-checker corrected them to; what it does not say it inherits from its story.
 */
@Component
class FigureScopes {

    /** A stated period longer than this ("depuis 2011") is the figure's own, not its story's window. */
    static final int WINDOW_DAYS = 90;

    /** A story's scope: its places (most named first) and its window; {@code edited} when an editor set them. */
    record StoryScope(List<Long> placeIds, Period window, boolean edited) {

        @Nullable Long place() {
            return placeIds.isEmpty() ? null : placeIds.getFirst();
        }
    }

    StoryScope story(Gazetteer places, String title, String text, Instant date, List<Figure> figures) {
        Gazetteer.TextPlaces named = places.read(text, title);
        LocalDate day = day(date);
        Period window = Period.before(day);
        LocalDate from = window.from();
        for (Figure f : figures) {
            Period own = Gazetteer.period(f.getMeasure().period(), day);
            if (own.stated() && own.days() <= WINDOW_DAYS && own.from().isBefore(from)) {
                from = own.from();
            }
        }
        return new StoryScope(named.dominantPlaces(), new Period(from, day, false), false);
    }

    /** The figure's scope: its own place and period, else its story's. */
    Scope figure(Gazetteer places, Figure f, String text, Instant date, StoryScope story) {
        if (f.getScopeEditedBy() != null) {
            return new Scope(places.lineage(f.getMeasure().placeId()), f.getMeasure().days())
                    .orElse(new Scope(places.lineage(story.place()), story.window()));
        }
        Gazetteer.TextPlaces named = places.read(text);
        Long own = named.inSentence(f.getStartOffset(), f.getEndOffset());
        Period days = Gazetteer.period(f.getMeasure().period(), day(date));
        return new Scope(places.lineage(own != null ? own : story.place()), days.stated() ? days : story.window());
    }

    private static LocalDate day(Instant date) {
        return date.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
