package org.corroborate.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.corroborate.base.domain.PublicationTime;
import org.corroborate.extraction.Languages;
import org.jspecify.annotations.Nullable;

/**
 * The story's rules, in one place: what a story must be to be stored (the same for the paste dialog, the API and the
 * service), and when it may move on: draft → in review → approved → published, and back by reopening.
 */
public final class StoryRules {

    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_TEXT_BYTES = 1024 * 1024;
    public static final List<String> LANGUAGES = Languages.SUPPORTED;

    private StoryRules() {
    }

    /** The characters that reverse or embed the direction text is shown in (U+202A–U+202E, U+2066–U+2069). */
    private static final Pattern DIRECTION_CONTROLS = Pattern.compile("[\u202A-\u202E\u2066-\u2069]");

    /**
     * A title as it is stored: stripped, without the direction controls that would show it reversed or run it into
     * the text around it (walk F33: a title typed with U+202E was listed backwards).
     */
    public static String title(String typed) {
        return DIRECTION_CONTROLS.matcher(typed).replaceAll("").strip();
    }

    /** Translation keys of the problems, empty when the story is fine. */
    public static List<String> problems(String title, String language, String text) {
        List<String> problems = new ArrayList<>();
        if (title == null || title(title).isEmpty()) {
            problems.add("story.error.title-required");
        } else if (title.strip().length() > MAX_TITLE_LENGTH) {
            problems.add("story.error.title-too-long");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add("story.error.language");
        }
        if (text == null || text.isBlank()) {
            problems.add("story.error.text-required");
        } else if (utf8Length(text) > MAX_TEXT_BYTES) {
            problems.add("story.error.text-too-long");
        }
        return problems;
    }

    /** For a story that already ran: its publication time is not in the future (a day's margin); null is fine. */
    public static Optional<String> publicationProblem(@Nullable Instant publishedAt, Instant now) {
        return publishedAt == null || PublicationTime.plausible(publishedAt, now) ? Optional.empty()
                : Optional.of("story.error.published-future");
    }

    public static Optional<Refusal> submit(StoryState state) {
        return state == StoryState.DRAFT ? Optional.empty() : Optional.of(Refusal.NOT_DRAFT);
    }

    /**
     * A story is approved only when it is in review and every figure is approved or rejected (review says
     * whether they are: none lapsed or undecided).
     */
    public static Optional<Refusal> approve(StoryState state, boolean everyFigureDecided) {
        if (!state.awaitsDecisions()) {
            return Optional.of(Refusal.NOT_IN_REVIEW);
        }
        return everyFigureDecided ? Optional.empty() : Optional.of(Refusal.FIGURES_UNREVIEWED);
    }

    /**
     * An approved story is published only when no figure the editors rejected is still in its text: readers would
     * read a number the newsroom itself found wrong.
     */
    public static Optional<Refusal> publish(StoryState state, boolean rejectedFigureInText) {
        if (state != StoryState.APPROVED) {
            return Optional.of(Refusal.NOT_APPROVED);
        }
        return rejectedFigureInText ? Optional.of(Refusal.REJECTED_FIGURE_IN_TEXT) : Optional.empty();
    }

    public static Optional<Refusal> reopen(StoryState state) {
        return state == StoryState.APPROVED || state == StoryState.PUBLISHED ? Optional.empty()
                : Optional.of(Refusal.NOT_CLOSED);
    }

    /** Figures of a published story are locked ({@link StoryState#locked()}). */
    public static Optional<Refusal> changeFigures(StoryState state) {
        return state.locked() ? Optional.of(Refusal.STORY_PUBLISHED) : Optional.empty();
    }

    public static int utf8Length(CharSequence text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

}
