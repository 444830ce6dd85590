package org.corroborate.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the places a text names, by the registry's names and aliases in any language or transliteration (Idleb,
 * Idlib, إدلب; Maarat al-Numan, Maaret al-Nouman), accents and case optional, the longest name first ("province
 * d'Idleb" before "Idleb"). A figure's place is the place its own sentence names nearest to it, preferring one
 * introduced as a place ("à", "dans", "in"...) to one named as a point of reference ("au sud de", "près de", "40 km
 * from", "near": {@link #near}), which the caller reads as the place around it; a text's dominant places are those it
 * names most. Plain Java: the caller hands it the registry's names.
 */
public final class PlaceFinder {

    /** A place named in the text: which place, and where. */
    public record Mention(long placeId, int start, int end) {
    }

    /**
     * The place a sentence names for a figure. {@code near}: the place is named as a point of reference ("au sud de
     * Marrakech", "à 72 km de Marrakech", "près de Saraqeb", "south of Kyiv", "40 km from Beira", "near Derna"), so
     * the figure counts somewhere around it, not the place itself.
     */
    public record Located(long placeId, boolean near) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> PLACE_WORDS = Set.of("a", "au", "aux", "dans", "en", "pres", "in", "near", "at",
            "around", "across", "outside", "inside", "from", "sur", "vers", "autour", "region", "province", "ville",
            "city", "village", "district", "governorate", "gouvernorat");
    /** "de", "of" introduce a place only after a word of place: "le sud d'Idleb", not "la répression de Damas". */
    private static final Set<String> OF = Set.of("de", "d", "du", "des", "of");
    private static final Set<String> WHERE_WORDS = Set.of("sud", "nord", "est", "ouest", "centre", "pres", "environs",
            "banlieue", "peripherie", "alentours", "region", "province", "ville", "secteur", "zone", "south", "north",
            "east", "west", "center", "outskirts", "city", "town", "village", "district", "area", "part",
            "parts", "governorate", "gouvernorat", "regions", "provinces");
    private static final Set<String> ARTICLES = Set.of("la", "le", "les", "l", "the");
    /** Points of the compass, whole or as the parts of "sud-ouest", "north-east", "southwest". */
    private static final Set<String> DIRECTIONS = Set.of("sud", "nord", "est", "ouest", "south", "north", "east",
            "west", "southwest", "southeast", "northwest", "northeast", "southern", "northern", "eastern", "western");
    /** "près de X", "non loin de X", "aux abords de X", "au large de X", "aux environs de X": around X. */
    private static final Set<String> AROUND_OF = Set.of("pres", "loin", "abords", "large", "environs", "alentours",
            "proximite", "portes");
    /** "near X", "outside X", "off X", "close to X": around X. */
    private static final Set<String> AROUND = Set.of("near", "outside", "off", "nearby", "close", "around");
    /** Units of distance: "à 72 km de X", "40 kilometres from X", "10 miles outside X". */
    private static final Set<String> DISTANCES = Set.of("km", "kilometres", "kilometre", "kilometers", "kilometer",
            "kms", "miles", "mile", "metres", "meters", "m");
    /**
     * Words before "à", "in" that make the place where someone is or speaks, not where the figure happened: "l'agence,
     * basée à Genève", "based in Geneva", "a déclaré à Moscou", "told reporters in Kyiv", "conférence de presse à
     * Ankara", "le gouvernement à Maputo", "officials in Moscow".
     */
    private static final Set<String> SEAT_WORDS = Set.of("base", "basee", "bases", "basees", "based",
            "headquartered", "siege", "siegeant", "installe", "installee", "declare", "declaree", "dit", "affirme",
            "said", "told", "says", "speaking", "exprimant", "presse", "press", "briefing", "conference",
            "reporters", "journalistes", "communique", "statement", "stationed", "exil", "exile", "gouvernement", "government", "officials",
            "responsables", "autorites", "authorities", "ministere", "ministry", "ambassade", "embassy", "parole",
            "spokesman", "spokeswoman", "spokesperson");

    private final Map<String, Long> names = new HashMap<>();
    private final int longest;

    /** @param names each name or alias with the place it names; a name given twice keeps its first place */
    public PlaceFinder(Map<String, Long> names) {
        int max = 1;
        for (Map.Entry<String, Long> e : names.entrySet()) {
            List<String> words = words(TextNormaliser.fold(e.getKey()));
            if (!words.isEmpty()) {
                this.names.putIfAbsent(String.join(" ", words), e.getValue());
                max = Math.max(max, words.size());
            }
        }
        this.longest = max;
    }

    public List<Mention> mentions(String text) {
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(fold(m.group()));
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int matched = 0;
            Long place = null;
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= words.size(); n++) {
                if (n > 1) {
                    key.append(' ');
                }
                key.append(words.get(i + n - 1));
                Long p = names.get(key.toString());
                if (p != null) {
                    matched = n;
                    place = p;
                }
            }
            if (place != null) {
                found.add(new Mention(place, spans.get(i)[0], spans.get(i + matched - 1)[1]));
                i += matched;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * The place the sentence around [start, end) names for the figure there: the nearest mention introduced as a
     * place ("à", "dans", "près de", "in", "near"...), one named as the place itself before one named as a point of
     * reference ({@link Located#near()}). A bare name is not taken: "par Damas", "Moscou, l'allié du régime", "Ankara
     * a dit" name governments, not where something happened. {@code mentions} in text order, as {@link #mentions}
     * gives them: only those of the sentence are looked at (a long story names thousands).
     */
    public Optional<Located> placeOf(String text, List<Mention> mentions, int start, int end) {
        int from = sentenceStart(text, start);
        int to = Sentences.endAfter(text, end);
        Mention best = null;
        boolean bestNear = false;
        int bestCost = Integer.MAX_VALUE;
        int low = 0;
        int high = mentions.size();
        while (low < high) { // the first mention that starts in the sentence
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (Mention mention : mentions.subList(low, mentions.size())) {
            if (mention.start() >= to) {
                break;
            }
            if (mention.end() > to || (mention.start() < end && mention.end() > start)) {
                continue;
            }
            if (!introduced(text, mention.start())) {
                continue;
            }
            boolean near = near(text, mention.start());
            int cost = (mention.start() >= end ? mention.start() - end : start - mention.end())
                    + (near ? text.length() : 0);
            if (cost < bestCost) {
                best = mention;
                bestNear = near;
                bestCost = cost;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Located(best.placeId(), bestNear));
    }

    /** The places the text names most, most named first (ties: named first), at most {@code max}. */
    public static List<Long> dominant(List<Mention> mentions, int max) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        mentions.forEach(m -> counts.merge(m.placeId(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(max).map(Map.Entry::getKey).toList();
    }

    /**
     * Whether the name at {@code at} is introduced as a place ("à Idleb", "dans la province d'Idleb", "le sud
     * d'Idleb", "in Beira"), not a bare name ("Moscou a dit", "par Damas").
     */
    public static boolean introduced(String text, int at) {
        if (near(text, at)) {
            return true;
        }
        int[] word = wordBefore(text, at);
        String before = fold(text.substring(word[0], word[1]));
        if (ARTICLES.contains(before)) {
            word = wordBefore(text, word[0]);
            before = fold(text.substring(word[0], word[1]));
        }
        if (OF.contains(before)) {
            word = wordBefore(text, word[0]);
            return WHERE_WORDS.contains(fold(text.substring(word[0], word[1])));
        }
        if (!PLACE_WORDS.contains(before)) {
            return false;
        }
        word = wordBefore(text, word[0]);
        return !SEAT_WORDS.contains(fold(text.substring(word[0], word[1])));
    }

    /**
     * Whether the name at {@code at} is named as a point of reference, the figure being around it rather than in it:
     * "au sud de Marrakech", "au sud-ouest de Marrakech", "à l'est d'Alep", "à 72 km de Marrakech", "près de
     * Saraqeb", "aux abords de Kharkiv", "south of Kyiv", "40 km north-west of Beira", "40 miles from Derna", "near
     * Derna", "outside Kyiv". Not "dans le sud d'Idleb", "le nord de la Syrie", "in the south of Syria", "southern
     * Idlib": those name a part of the place, which lies within it.
     */
    public static boolean near(String text, int at) {
        List<String> before = wordsBefore(text, at, 5);
        if (before.isEmpty()) {
            return false;
        }
        if (ARTICLES.contains(before.get(0)) && before.size() > 1) {
            before = before.subList(1, before.size()); // "au sud de la Syrie"
        }
        String first = before.get(0);
        if (AROUND.contains(first)) {
            return true;
        }
        if (first.equals("to") && before.size() > 1 && before.get(1).equals("close")) {
            return true;
        }
        if (!OF.contains(first) && !first.equals("from")) {
            return false;
        }
        int i = 1;
        if (i < before.size() && (AROUND_OF.contains(before.get(i)) || DISTANCES.contains(before.get(i)))) {
            return true; // "près de", "non loin de", "aux abords de", "à 72 km de", "40 km from"
        }
        if (first.equals("from")) {
            return false;
        }
        boolean direction = false;
        while (i < before.size() && DIRECTIONS.contains(before.get(i))) {
            direction = true;
            i++;
        }
        if (!direction) {
            return false;
        }
        // "au sud de", "à l'est de", "72 km au sud-ouest de", "south of", "to the north of", "40 km north of";
        // not "le sud de", "dans le nord de", "dans l'est de", "in the south of": a part of the place
        String article = i < before.size() ? before.get(i) : "";
        String beforeArticle = i + 1 < before.size() ? before.get(i + 1) : "";
        if (article.equals("au")) {
            return true;
        }
        if (ARTICLES.contains(article)) {
            return beforeArticle.equals("a") || beforeArticle.equals("to");
        }
        return true;
    }

    /** Up to {@code max} folded words before {@code at}, nearest first; hyphens and apostrophes separate words. */
    private static List<String> wordsBefore(String text, int at, int max) {
        List<String> out = new ArrayList<>(max);
        int i = Math.min(at, text.length()) - 1;
        while (out.size() < max && i >= 0) {
            while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i))) {
                char c = text.charAt(i);
                if (c == '.' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '(' || c == '!' || c == '?') {
                    return out;
                }
                i--;
            }
            int end = i + 1;
            while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
                i--;
            }
            if (end > i + 1) {
                out.add(fold(text.substring(i + 1, end)));
            }
        }
        return out;
    }

    /** Start and end of the word that ends before {@code at} (spaces and apostrophes skipped); empty if none. */
    private static int[] wordBefore(String text, int at) {
        int i = Math.min(at, text.length()) - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\'' || text.charAt(i) == '’'
                || text.charAt(i) == '\u00A0')) {
            i--;
        }
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return new int[] {i + 1, wordEnd};
    }

    private static int sentenceStart(String text, int at) {
        int i = Math.min(at, text.length()) - 1;
        while (i > 0) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
            i--;
        }
        return 0;
    }

    private static String fold(String word) {
        return TextNormaliser.fold(word);
    }

    private static List<String> words(String folded) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
