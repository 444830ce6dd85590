package org.corroborate.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.corroborate.extraction.PeriodReader;
import org.corroborate.extraction.PlaceFinder;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Period;
import org.corroborate.measure.PlaceLineage;
import org.jspecify.annotations.Nullable;

/**
 * The place registry as one immutable snapshot: where each place lies, which places a text names, and the scope (place
 * and period) of a figure or assertion read from its text. Cheap to ask; a new one is made when the registry changes.
 */
public final class Gazetteer {

    /** How many places a text's dominant places keep. */
    static final int DOMINANT = 3;

    private record Entry(String name, @Nullable Long parentId) {
    }

    private final Map<Long, Entry> places;
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, PlaceLineage> lineages = new HashMap<>();
    private final PlaceFinder finder;

    Gazetteer(List<PlaceRow> rows) {
        this.places = new HashMap<>();
        Map<String, Long> names = new HashMap<>();
        // Countries first, so that a name a country shares with a region ("Idlib" the province and the city,
        // registered as the city's alias) goes to the entry registered first.
        for (PlaceRow row : rows) {
            places.put(row.id(), new Entry(row.name(), row.parentId()));
            names.putIfAbsent(row.name(), row.id());
        }
        for (PlaceRow row : rows) {
            row.aliases().forEach(alias -> names.putIfAbsent(alias, row.id()));
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.id());
            }
        }
        this.finder = new PlaceFinder(names);
    }

    static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    public @Nullable String name(@Nullable Long placeId) {
        Entry e = placeId == null ? null : places.get(placeId);
        return e == null ? null : e.name();
    }

    /** The place with the places it lies within; null for no place or one no longer registered. */
    public @Nullable PlaceLineage lineage(@Nullable Long placeId) {
        if (placeId == null || !places.containsKey(placeId)) {
            return null;
        }
        return lineages.computeIfAbsent(placeId, id -> {
            List<Long> ids = new ArrayList<>();
            Long at = id;
            while (at != null && places.containsKey(at) && !ids.contains(at)) {
                ids.add(at);
                at = places.get(at).parentId();
            }
            return new PlaceLineage(ids, places.get(id).name());
        });
    }

    /**
     * The places whose figures may count the same measure as one at {@code placeId}: itself, the places it lies
     * within and the places within it (what a candidate look-up narrows to).
     */
    public Set<Long> compatible(long placeId) {
        Set<Long> ids = new LinkedHashSet<>();
        PlaceLineage lineage = lineage(placeId);
        if (lineage != null) {
            ids.addAll(lineage.ids());
        }
        List<Long> todo = new ArrayList<>(List.of(placeId));
        while (!todo.isEmpty()) {
            long next = todo.removeLast();
            for (Long child : children.getOrDefault(next, List.of())) {
                if (ids.add(child)) {
                    todo.add(child);
                }
            }
        }
        return ids;
    }

    /** The places a text names, read once for all its figures. */
    public TextPlaces read(String text) {
        return read(text, "");
    }

    /** The places a text names; its heading's places count twice towards the dominant ones. */
    public TextPlaces read(String text, String heading) {
        List<PlaceFinder.Mention> mentions = finder.mentions(text);
        List<PlaceFinder.Mention> counted = new ArrayList<>(mentions);
        List<PlaceFinder.Mention> inHeading = heading.isBlank() ? List.of() : finder.mentions(heading);
        counted.addAll(0, inHeading);
        counted.addAll(inHeading);
        return new TextPlaces(text, mentions, PlaceFinder.dominant(counted, DOMINANT));
    }

    /** The places one text names: the place of a figure's sentence, and the places the text names most. */
    public final class TextPlaces {

        private final String text;
        private final List<PlaceFinder.Mention> mentions;
        private final List<Long> dominant;

        private TextPlaces(String text, List<PlaceFinder.Mention> mentions, List<Long> dominant) {
            this.text = text;
            this.mentions = mentions;
            this.dominant = dominant;
        }

        /** The place the sentence names for the words at [start, end), if it names one. */
        public @Nullable Long inSentence(int start, int end) {
            OptionalLong p = finder.placeOf(text, mentions, start, end);
            return p.isPresent() ? p.getAsLong() : null;
        }

        /** The place the text names most, if any. */
        public @Nullable Long dominant() {
            return dominant.isEmpty() ? null : dominant.getFirst();
        }

        public List<Long> dominantPlaces() {
            return dominant;
        }

        /**
         * The measure of the words at [start, end), scoped: the place its sentence names, else the text's dominant
         * place; the days its period phrase says, read against the publication day, else the window before it.
         */
        public Measure scope(Measure measure, int start, int end, LocalDate published) {
            Long place = inSentence(start, end);
            if (place == null) {
                place = dominant();
            }
            return measure.scoped(place, name(place), period(measure.period(), published));
        }
    }

    /** The days a period phrase counts, read against the publication day; the window before it when it says none. */
    public static Period period(@Nullable String phrase, LocalDate published) {
        if (phrase != null && !phrase.isBlank()) {
            var days = PeriodReader.read(phrase, published);
            if (days.isPresent()) {
                return Period.stated(days.get().from(), days.get().to());
            }
        }
        return Period.before(published);
    }
}
