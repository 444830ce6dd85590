package org.corroborate.evidence.domain;

/** How a figure stands, derived from its evidence (docs/design-decisions/DD001, docs/GLOSSARY.md "status"). */
public enum FigureStatus {
    UNSUPPORTED("unsupported"),
    SINGLE_SOURCE("single source"),
    CORROBORATED("corroborated"),
    CONTESTED("contested"),
    SUPERSEDED("superseded");

    private final String label;

    FigureStatus(String label) {
        this.label = label;
    }

    /** The brief's wording, as in the demo data ("single source"). */
    public String label() {
        return label;
    }

    public static FigureStatus fromLabel(String label) {
        for (FigureStatus s : values()) {
            if (s.label.equalsIgnoreCase(label) || s.name().equalsIgnoreCase(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown status: " + label);
    }
}
