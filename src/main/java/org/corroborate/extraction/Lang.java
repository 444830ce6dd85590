package org.corroborate.extraction;

import java.util.Locale;
import java.util.Set;

/** Language helpers: only French and English are supported; anything not French reads as English. */
final class Lang {

    private Lang() {
    }

    static boolean isFrench(Locale l) {
        return l != null && "fr".equals(l.getLanguage());
    }

    private static final Set<String> FR = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
            "dans", "pour", "qui", "que", "sur", "par", "au", "aux", "ont", "été", "selon", "plus", "avec", "ses",
            "cette", "ce", "pas", "son", "sont", "leur", "depuis", "entre");
    private static final Set<String> EN = Set.of("the", "of", "and", "to", "in", "is", "was", "were", "that", "for",
            "on", "with", "by", "from", "have", "has", "had", "are", "this", "it", "at", "as", "said", "people",
            "since", "been", "their", "more", "than", "an");

    /** Counts stopwords of each language; ties (including no words at all) go to English. */
    static Locale detect(String text) {
        int fr = 0;
        int en = 0;
        int n = text.length();
        int i = 0;
        int words = 0;
        while (i < n && words < 5000) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int j = i;
            while (j < n && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j > i && j - i <= 6) {
                String w = text.substring(i, j).toLowerCase(Locale.ROOT);
                if (FR.contains(w)) {
                    fr++;
                }
                if (EN.contains(w)) {
                    en++;
                }
            }
            words++;
            i = j;
        }
        return fr > en ? Locale.FRENCH : Locale.ENGLISH;
    }
}
