package org.corroborate.extraction;

/** What a figure counts: the quantity kind of its measure. */
public enum QuantityKind {
    DEATHS("deaths"),
    INJURED("injured"),
    DISPLACED("displaced"),
    PEOPLE("people"),
    PLACES("places"),
    AREA("area"),
    DISTANCE("distance"),
    SHARE("share"),
    STRIKES("strikes"),
    MONEY("money"),
    DURATION("duration"),
    OTHER("other");

    private final String label;

    QuantityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a figure of this kind can be below zero: a share or an amount of money can fall ("−3 %", a deficit),
     * and "other" is whatever the fact-checker says; a count of people, places or strikes, an area, a distance or a
     * duration cannot.
     */
    public boolean mayBeNegative() {
        return this == SHARE || this == MONEY || this == OTHER;
    }

    public static QuantityKind fromLabel(String label) {
        for (QuantityKind k : values()) {
            if (k.label.equalsIgnoreCase(label) || k.name().equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("Unknown quantity kind: " + label);
    }
}
