package org.corroborate.place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** Texts longer than {@link #KEPT_UP_TO_LENGTH} whose mentions are kept (a 1 MB story: issue 14). */
    private static final int RECENT_LONG_TEXTS = 4;

    /** How many places a text's dominant places keep. */
    static final int DOMINANT = 3;

    private record Entry(String name, @Nullable String nameFr, @Nullable Long parentId) {

        String name(Locale locale) {
            return nameFr != null && PlaceRow.french(locale) ? nameFr : name;
        }
    }

    /** Votes towards a story's places: a figure's own place, a place the title names, one the text introduces. */
    static final int FIGURE_VOTE = 3;
    static final int TITLE_VOTE = 2;
    static final int TEXT_VOTE = 1;
    /** A story's further places need at least this many votes, and a quarter of its first place's. */
    static final int MIN_VOTES = 2;

    private final Map<Long, Entry> places;
    private final Map<Long, List<Long>> children = new HashMap<>();
    private final Map<Long, PlaceLineage> lineages = new HashMap<>();
    private final PlaceFinder finder;
    private final long fingerprint;
    /**
     * The mentions of the texts read last: a story's text is read for its places by each call that opens the story
     * or one of its figures (its event, the figure's place, its standing), a few times per click (issue 16). The
     * snapshot never changes, so neither does a text's reading.
     */
    private final Map<String, List<PlaceFinder.Mention>> recent = new java.util.LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PlaceFinder.Mention>> eldest) {
            return size() > RECENT_TEXTS;
        }
    };
    /** Texts whose mentions are kept: stories' texts, not a title (read again) nor a long text (memory). */
    static final int RECENT_TEXTS = 32;
    private static final int KEPT_FROM_LENGTH = 200;
    private static final int KEPT_UP_TO_LENGTH = 50_000;
    /**
     * The mentions of the last few long texts read: a 1 MB story's scope and each of its figures' read the same text
     * again, and such a text takes a noticeable while to read (issue 14); few, for memory.
     */
    private final Map<String, List<PlaceFinder.Mention>> recentLong = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PlaceFinder.Mention>> eldest) {
            return size() > RECENT_LONG_TEXTS;
        }
    };

    Gazetteer(List<PlaceRow> rows) {
        this.places = new HashMap<>();
        Map<String, Long> names = new HashMap<>();
        // Countries first, so that a name a country shares with a region ("Idlib" the province and the city,
        // registered as the city's alias) goes to the entry registered first.
        for (PlaceRow row : rows) {
            places.put(row.id(), new Entry(row.name(), row.nameFr(), row.parentId()));
            names.putIfAbsent(row.name(), row.id());
        }
        for (PlaceRow row : rows) {
            if (row.nameFr() != null) {
                names.putIfAbsent(row.nameFr(), row.id());
            }
            row.aliases().forEach(alias -> names.putIfAbsent(alias, row.id()));
            if (row.parentId() != null) {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.id());
            }
        }
        this.finder = new PlaceFinder(names);
        long h = 0xcbf29ce484222325L;
        for (PlaceRow row : rows) {
            h = (h ^ java.util.Objects.hash(row.id(), row.name(), row.nameFr(), row.parentId(), row.aliases()))
                    * 0x100000001b3L;
        }
        this.fingerprint = h;
    }

    /**
     * Changes when any place's names, aliases or position in the registry change: what was read with another
     * snapshot may read differently with this one.
     */
    public long fingerprint() {
        return fingerprint;
    }

    static Gazetteer empty() {
        return new Gazetteer(List.of());
    }

    public @Nullable String name(@Nullable Long placeId) {
        Entry e = placeId == null ? null : places.get(placeId);
        return e == null ? null : e.name();
    }

    /** The name in the UI's language ("Damas" in French); null for no place or one no longer registered. */
    public @Nullable String name(@Nullable Long placeId, Locale locale) {
        Entry e = placeId == null ? null : places.get(placeId);
        return e == null ? null : e.name(locale);
    }

    /** "Maaret al-Nouman, province d'Idleb, Syrie" in French; null for no place or one no longer registered. */
    public @Nullable String fullName(@Nullable Long placeId, Locale locale) {
        PlaceLineage lineage = lineage(placeId);
        if (lineage == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (Long id : lineage.ids()) {
            names.add(places.get(id).name(locale));
        }
        return String.join(", ", names);
    }

    /**
     * The places a story is about, most important first (at most {@value #DOMINANT}): what most of its figures are
     * about, not every place it names. Each figure whose sentence introduces a place gives it {@value #FIGURE_VOTE}
     * votes, each place the title names {@value #TITLE_VOTE} ({@value #TEXT_VOTE} if bare), each place the text
     * introduces as one ("à", "in", "près de") {@value #TEXT_VOTE}; a bare name ("selon Moscou", "Ankara a dit",
     * "la répression de Damas") names a government and gives none. A place's votes count towards the places it lies
     * within; from the most voted, the reading goes down to the place within it that holds at least half its votes
     * (a province whose figures are all in one town is that town), so that a place and the places it lies within are
     * one entry, never several. Further places need {@value #MIN_VOTES} votes and a quarter of the first's. When
     * nothing is introduced as a place, the places the text names most are taken.
     *
     * @param figures the [start, end) of each figure in the text
     */
    public List<Long> storyPlaces(String text, String title, List<int[]> figures) {
        List<PlaceFinder.Mention> mentions = mentions(text);
        Map<Long, Integer> votes = new HashMap<>();
        for (int[] figure : figures) {
            if (figure[0] < 0 || figure[1] > text.length() || figure[0] >= figure[1]) {
                continue;
            }
            Long own = located(finder.placeOf(text, mentions, figure[0], figure[1]));
            if (own != null) {
                votes.merge(own, FIGURE_VOTE, Integer::sum);
            }
        }
        for (PlaceFinder.Mention m : finder.mentions(title)) {
            votes.merge(named(title, m), PlaceFinder.introduced(title, m.start()) ? TITLE_VOTE : TEXT_VOTE,
                    Integer::sum);
        }
        for (PlaceFinder.Mention m : mentions) {
            if (PlaceFinder.introduced(text, m.start())) {
                votes.merge(named(text, m), TEXT_VOTE, Integer::sum);
            }
        }
        votes.keySet().removeIf(id -> !places.containsKey(id));
        if (votes.isEmpty()) {
            return read(text, title).dominantPlaces();
        }
        Map<Long, Integer> weight = new HashMap<>();
        votes.forEach((id, n) -> lineage(id).ids().forEach(at -> weight.merge(at, n, Integer::sum)));
        List<Long> chosen = new ArrayList<>();
        int first = 0;
        while (chosen.size() < DOMINANT) {
            Long top = null;
            for (Map.Entry<Long, Integer> e : weight.entrySet()) {
                if (e.getValue() > 0 && !related(e.getKey(), chosen) && (top == null || e.getValue() > weight.get(top)
                        || (e.getValue().equals(weight.get(top)) && e.getKey() < top))) {
                    top = e.getKey();
                }
            }
            if (top == null) {
                break;
            }
            top = descend(top, weight);
            int w = weight.get(top);
            if (!chosen.isEmpty() && (w < MIN_VOTES || 4 * w < first)) {
                break;
            }
            if (chosen.isEmpty()) {
                first = w;
            }
            chosen.add(top);
            // its votes no longer count towards the places it lies within
            for (Long at : lineage(top).ids()) {
                weight.merge(at, -w, Integer::sum);
            }
        }
        return chosen;
    }

    /**
     * The place a figure counts when its sentence names {@code located}: that place, or, when it is named as a point of
     * reference ("au sud de Marrakech", "40 km from Beira", "near Derna"), the place it lies within (a village south
     * of Marrakech is in Morocco, not in Marrakech; a country named so stays itself). Null for none.
     */
    private @Nullable Long located(Optional<PlaceFinder.Located> located) {
        if (located.isEmpty() || !places.containsKey(located.get().placeId())) {
            return null;
        }
        long id = located.get().placeId();
        if (!located.get().near()) {
            return id;
        }
        Long parent = places.get(id).parentId();
        return parent != null && places.containsKey(parent) ? parent : id;
    }

    /** The place a mention votes for: itself, or the place it lies within when named as a point of reference. */
    private long named(String text, PlaceFinder.Mention m) {
        Long place = located(Optional.of(new PlaceFinder.Located(m.placeId(), PlaceFinder.near(text, m.start()))));
        return place == null ? m.placeId() : place;
    }

    /** Down from a place to the place within it that holds at least half its votes, while there is one. */
    private Long descend(Long from, Map<Long, Integer> weight) {
        Long at = from;
        while (true) {
            Long next = null;
            for (Long child : children.getOrDefault(at, List.of())) {
                int w = weight.getOrDefault(child, 0);
                if (w > 0 && 2 * w >= weight.get(at) && (next == null || w > weight.get(next))) {
                    next = child;
                }
            }
            if (next == null) {
                return at;
            }
            at = next;
        }
    }

    /** Whether the place is one of these, lies within one of them, or one of them lies within it. */
    private boolean related(long place, List<Long> chosen) {
        for (Long c : chosen) {
            if (lineage(place).ids().contains(c) || lineage(c).ids().contains(place)) {
                return true;
            }
        }
        return false;
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

    /** The place names in the text, in text order; a long text's are kept for the next reading of the same text. */
    /** The places a text names, read once for all its figures. */
    public TextPlaces read(String text) {
        return read(text, "");
    }

    /** The places a text names; its heading's places count twice towards the dominant ones. */
    public TextPlaces read(String text, String heading) {
        List<PlaceFinder.Mention> mentions = mentions(text);
        List<PlaceFinder.Mention> counted = new ArrayList<>(mentions);
        List<PlaceFinder.Mention> inHeading = heading.isBlank() ? List.of() : finder.mentions(heading);
        counted.addAll(0, inHeading);
        counted.addAll(inHeading);
        return new TextPlaces(text, mentions, PlaceFinder.dominant(counted, DOMINANT));
    }

    private List<PlaceFinder.Mention> mentions(String text) {
        if (text.length() < KEPT_FROM_LENGTH) {
            return finder.mentions(text);
        }
        Map<String, List<PlaceFinder.Mention>> kept = text.length() > KEPT_UP_TO_LENGTH ? recentLong : recent;
        synchronized (kept) {
            List<PlaceFinder.Mention> known = kept.get(text);
            if (known != null) {
                return known;
            }
        }
        List<PlaceFinder.Mention> found = List.copyOf(finder.mentions(text));
        synchronized (kept) {
            kept.put(text, found);
        }
        return found;
    }

    /** A figure of a text: what it counts and where its words stand. */
    public record Stated(Measure measure, int start, int end) {
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
            return located(finder.placeOf(text, mentions, start, end));
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

        /**
         * The scopes of all the figures of one text (a report), each as {@link #scope} says, but a figure whose sentence
         * names no place is not given the place of a part: when another figure of its kind is said to be at the text's
         * dominant place ("La province d'Al-Haouz compte 1 293 décès"), that one is a part and the figure whose sentence
         * names no place ("Le bilan s'élève à 2 012 morts") the whole, so it counts the place that part lies within
         * (Morocco): a story's national toll then finds the source's own statement of it.
         */
        public List<Measure> scopeAll(List<Stated> figures, LocalDate published) {
            List<Long> own = new ArrayList<>(figures.size());
            Set<org.corroborate.extraction.QuantityKind> placedAtDominant = new java.util.HashSet<>();
            Long dominant = dominant();
            for (Stated f : figures) {
                Long place = inSentence(f.start(), f.end());
                own.add(place);
                if (place != null && place.equals(dominant)) {
                    placedAtDominant.add(f.measure().kind());
                }
            }
            Long whole = dominant == null ? null : places.get(dominant).parentId();
            List<Measure> scoped = new ArrayList<>(figures.size());
            for (int i = 0; i < figures.size(); i++) {
                Stated f = figures.get(i);
                Long place = own.get(i);
                if (place == null) {
                    place = whole != null && placedAtDominant.contains(f.measure().kind()) ? whole : dominant;
                }
                scoped.add(f.measure().scoped(place, name(place), period(f.measure().period(), published)));
            }
            return scoped;
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
