package org.corroborate.extraction;

/**
 * How the number(s) stated in a text become the interval that is compared with other reports.
 * See docs/GLOSSARY.md ("qualifier") and docs/design-decisions/DD001. Open sides of an interval are {@code null} bounds.
 */
public enum Qualifier {
    /** "260 morts": low = high = the number. */
    EXACT("exact"),
    /** "environ 260", "about", "some", "une quarantaine": low = high, compared with a tolerance. */
    APPROXIMATE("approximate"),
    /** "près de 80", "nearly", "almost": just under the number. */
    NEARLY("nearly"),
    /** "au moins 8", "at least": [low, ∞). */
    AT_LEAST("at least"),
    /** "plus de 370'000", "more than", "over": (low, ∞). */
    MORE_THAN("more than"),
    /** "jusqu'à 60 000", "up to": (−∞, high]. */
    AT_MOST("at most"),
    /** "moins de 20 km", "under": (−∞, high). */
    LESS_THAN("less than"),
    /** "15 à 20 km", "between 15 and 20": [low, high]. */
    RANGE("range"),
    /** "des millions", "dozens", "des dizaines": an order of magnitude, low .. open. */
    VAGUE("vague");

    private final String label;

    Qualifier(String label) {
        this.label = label;
    }

    /** The brief's wording, also used in the demo data and the API ("more than"). */
    public String label() {
        return label;
    }

    public static Qualifier fromLabel(String label) {
        for (Qualifier q : values()) {
            if (q.label.equalsIgnoreCase(label) || q.name().equalsIgnoreCase(label)) {
                return q;
            }
        }
        throw new IllegalArgumentException("Unknown qualifier: " + label);
    }
}
