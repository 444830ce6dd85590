package org.corroborate.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.corroborate.figure.Figure;
import org.corroborate.measure.Period;
import org.corroborate.measure.Scope;
import org.corroborate.place.Gazetteer;
import org.corroborate.story.StoryScopeSetting;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where and when a story's figures count. A story's scope: the places most of its figures are about (see
 * {@link Gazetteer#storyPlaces}: not every place it names, and a place with the places it lies within as one) and its window, the days before its date widened to the short periods its figures state; a fact-checker
 * may set both. A figure's own scope: the place its sentence names and the days its period phrase says, or what a
 * fact-checker corrected them to; what it does not say it inherits from its story.
 */
@Component
class FigureScopes {

    /** A stated period longer than this ("depuis 2011") is the figure's own, not its story's window. */
    static final int WINDOW_DAYS = 90;

    /** Where a figure's place or period comes from. */
    enum Origin {
        /** Its own words: the sentence's place, the period phrase. */
        FIGURE,
        /** Its story's places or window. */
        STORY,
        /** A fact-checker's correction. */
        CORRECTED,
        /** Nowhere: no place is named in the figure's sentence or its story. */
        UNKNOWN
    }

    /** A story's scope: its places (most named first) and its window; {@code edited} when a fact-checker set them. */
    record StoryScope(List<Long> placeIds, @Nullable Period window, @Nullable StoryScopeSetting setting) {

        @Nullable Long place() {
            return placeIds.isEmpty() ? null : placeIds.getFirst();
        }
    }

    /** A figure's scope and where each half comes from. */
    record Reading(Scope scope, Origin place, Origin period) {
    }

    private final StoryEvents events;

    FigureScopes(StoryEvents events) {
        this.events = events;
    }

    /** {@code date}: when the story ran; null for a draft not yet dated, whose window is then not known. */
    StoryScope story(long storyId, Gazetteer places, String title, String text, @Nullable Instant date,
            List<Figure> figures, Optional<StoryScopeSetting> setting) {
        List<Long> placeIds = setting.filter(s -> !s.placeIds().isEmpty()).map(StoryScopeSetting::placeIds)
                .orElseGet(() -> events.places(storyId, places, title, text,
                        figures.stream().map(f -> new int[] {f.getStartOffset(), f.getEndOffset()}).toList()));
        Period window = setting.filter(s -> s.from() != null && s.to() != null)
                .map(s -> Period.stated(s.from(), s.to())).orElseGet(() -> date == null ? null : window(date, figures));
        return new StoryScope(placeIds, window, setting.orElse(null));
    }

    /**
     * The days before the story's date, widened back to a short period a figure states that runs into them ("since
     * 15 October", « depuis mardi »); a period that ended before them ("up from 6.5% in the first round in April") is
     * that figure's own, another event's, and widens nothing (third walk, H15: an election story's event was eight
     * months long).
     */
    private static Period window(Instant date, List<Figure> figures) {
        LocalDate day = day(date);
        LocalDate start = Period.before(day).from();
        LocalDate from = start;
        for (Figure f : figures) {
            Period own = Gazetteer.period(f.getMeasure().period(), day);
            if (own.stated() && own.days() <= WINDOW_DAYS && own.from().isBefore(from)
                    && !own.to().isBefore(start.minusDays(1))) {
                from = own.from();
            }
        }
        return new Period(from, day, false);
    }

    /**
     * The figure's scope: its own place and period, else its story's. A period phrase is read against the story's
     * date; an undated draft's figures have no period but a corrected one or their story's set window.
     */
    Reading figure(Gazetteer places, Figure f, String text, @Nullable Instant date, StoryScope story) {
        Long place;
        Origin placeOrigin;
        Period days;
        Origin periodOrigin;
        if (f.getScopeEditedBy() != null) {
            place = f.getMeasure().placeId();
            placeOrigin = Origin.CORRECTED;
            days = f.getMeasure().days();
            periodOrigin = Origin.CORRECTED;
        } else {
            place = places.read(text).inSentence(f.getStartOffset(), f.getEndOffset());
            placeOrigin = Origin.FIGURE;
            Period own = date == null ? null : Gazetteer.period(f.getMeasure().period(), day(date));
            days = own != null && own.stated() ? own : null;
            periodOrigin = Origin.FIGURE;
        }
        if (place == null || places.lineage(place) == null) {
            place = story.place();
            placeOrigin = place == null ? Origin.UNKNOWN : Origin.STORY;
        }
        if (days == null) {
            days = story.window();
            periodOrigin = days == null ? Origin.UNKNOWN : Origin.STORY;
        }
        return new Reading(new Scope(places.lineage(place), days), placeOrigin, periodOrigin);
    }

    private static LocalDate day(Instant date) {
        return date.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
