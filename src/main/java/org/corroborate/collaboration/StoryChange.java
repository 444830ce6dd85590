package org.corroborate.collaboration;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What changed on a story, as announced live to everyone who has it open (see {@link StoryWatch}). A change says
 * what it touched (which figure and how, which comment), so that each view redraws only that part (DD017). On the wire
 * (PostgreSQL NOTIFY) a change is a short text; only this type reads and writes it.
 */
public sealed interface StoryChange permits StoryChange.FigureChanged, StoryChange.CommentChanged, StoryChange.Aspect {

    /** A figure of the story changed ({@code what}), or it is new. */
    record FigureChanged(long figureId, What what) implements StoryChange {

        /** Its evidence, standing or value changed, or it is new ({@link What#EVIDENCE}). */
        public FigureChanged(long figureId) {
            this(figureId, What.EVIDENCE);
        }

        /** What of a figure changed. */
        public enum What {
            /**
             * Its evidence, standing, value or place in the text (or it is new): everything derived from it may have
             * changed, its review too (an approval lapses when its evidence changes).
             */
            EVIDENCE,
            /** Only the editors' decision on it (approved, rejected). */
            DECISION
        }

        @Override
        public String wire() {
            return "figure:" + figureId + (what == What.DECISION ? ":decision" : "");
        }
    }

    /** A comment on the story or on one of its figures ({@code figureId}) was written, edited or deleted. */
    record CommentChanged(long commentId, @Nullable Long figureId) implements StoryChange {
        @Override
        public String wire() {
            return "comment:" + commentId + (figureId == null ? "" : ":" + figureId);
        }
    }

    /** A change to the story as a whole rather than to one figure or comment. */
    enum Aspect implements StoryChange {
        /** Its editorial state. */
        STATE,
        /** Who has it open, and on which figure. */
        PRESENCE,
        /** Who it or one of its figures is assigned to. */
        ASSIGNMENTS;

        @Override
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The change as sent through the live channel. */
    String wire();

    /** The change a wire text stands for; null for a text that is none (from a newer or older app instance). */
    static @Nullable StoryChange read(String wire) {
        try {
            if (wire.startsWith("figure:")) {
                String[] parts = wire.split(":", -1);
                if (parts.length == 2) {
                    return new FigureChanged(Long.parseLong(parts[1]), FigureChanged.What.EVIDENCE);
                }
                return parts.length == 3 && parts[2].equals("decision")
                        ? new FigureChanged(Long.parseLong(parts[1]), FigureChanged.What.DECISION) : null;
            }
            if (wire.startsWith("comment:")) {
                String[] parts = wire.split(":", -1);
                return switch (parts.length) {
                    case 2 -> new CommentChanged(Long.parseLong(parts[1]), null);
                    case 3 -> new CommentChanged(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
                    default -> null;
                };
            }
        } catch (NumberFormatException notOne) {
            return null;
        }
        for (Aspect aspect : Aspect.values()) {
            if (aspect.wire().equals(wire)) {
                return aspect;
            }
        }
        return null;
    }
}
