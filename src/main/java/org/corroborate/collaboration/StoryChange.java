package org.corroborate.collaboration;

import org.jspecify.annotations.Nullable;

/**
 * What changed on a story, as announced live to everyone who has it open (see {@link StoryWatch}). On the wire
 * (PostgreSQL NOTIFY) a change is a short text; only this type reads and writes it.
 */
public sealed interface StoryChange permits StoryChange.FigureChanged, StoryChange.Aspect {

    /** A figure of the story changed: its evidence, standing, value or decision, or it is new. */
    record FigureChanged(long figureId) implements StoryChange {
        @Override
        public String wire() {
            return "figure:" + figureId;
        }
    }

    /** A change to the story as a whole rather than to one figure. */
    enum Aspect implements StoryChange {
        /** Its editorial state. */
        STATE,
        /** Who has it open, and on which figure. */
        PRESENCE,
        /** Its comments or its figures' comments. */
        COMMENTS,
        /** Who it or one of its figures is assigned to. */
        ASSIGNMENTS;

        @Override
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The change as sent through the live channel. */
    String wire();

    /** The change a wire text stands for; null for a text that is none (from a newer or older app instance). */
    static @Nullable StoryChange read(String wire) {
        if (wire.startsWith("figure:")) {
            try {
                return new FigureChanged(Long.parseLong(wire.substring("figure:".length())));
            } catch (NumberFormatException notOne) {
                return null;
            }
        }
        for (Aspect aspect : Aspect.values()) {
            if (aspect.wire().equals(wire)) {
                return aspect;
            }
        }
        return null;
    }
}
