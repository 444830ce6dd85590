package org.corroborate.evidence.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two counts are held by different parties: "ADN" and "RC" hold two parties' seats, so ADN's 67 is no evidence
 * for RC's "at least 64" (third walk). A holder one side does not state compares with any. Names are matched loosely,
 * as reports write them: a word in common ("Revolucion Ciudadana (RC)" and "RC", « Rassemblement national » and « le
 * Rassemblement national »), accents and case aside, or an acronym and the initials of a name ("Democratic Alliance"
 * and "DA", « Parti socialiste » and « PS », « France insoumise » and « LFI »).
 */
final class Holders {

    /** Small words that name no one: articles and the joints of a name. */
    private static final Set<String> SMALL = Set.of("the", "of", "for", "and", "de", "du", "des", "la", "le", "les", "l",
            "d", "et");

    private Holders() {
    }

    /** Both holders are stated and name different parties. */
    static boolean differ(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        List<String> namedY = named(y);
        for (String w : named(x)) {
            if (w.length() >= 2 && namedY.contains(w)) {
                return false;
            }
        }
        return !(abbreviates(x, y) || abbreviates(y, x));
    }

    /** One word of {@code x} is the initials of {@code y}'s words, small words counted or not. */
    private static boolean abbreviates(List<String> x, List<String> y) {
        if (y.size() < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder named = new StringBuilder();
        for (String w : y) {
            all.append(w.charAt(0));
            if (!SMALL.contains(w)) {
                named.append(w.charAt(0));
            }
        }
        for (String w : named(x)) {
            if (w.length() >= 2 && (w.contentEquals(all) || w.contentEquals(named)
                    || named.length() >= 2 && w.length() == named.length() + 1 && w.endsWith(named.toString()))) {
                return true; // "lfi": « France insoumise » after its article
            }
        }
        return false;
    }

    private static List<String> words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The words that name: small words left out, unless there is nothing else. */
    private static List<String> named(List<String> words) {
        List<String> named = words.stream().filter(w -> !SMALL.contains(w)).toList();
        return named.isEmpty() ? words : named;
    }
}
