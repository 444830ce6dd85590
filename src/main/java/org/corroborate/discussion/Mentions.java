package org.corroborate.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "@username" in a comment's words. Only names of people who exist count (an e-mail address or "@ 10h" does not):
 * the caller says who exists. Plain Java, so that the rule is tested on its own.
 */
public final class Mentions {

    /** A mention starts a word: at the start, or after a character that is not part of a name or an address. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}._@-])@([\\p{L}\\p{N}._-]*[\\p{L}\\p{N}_])");

    private Mentions() {
    }

    /** The usernames mentioned, lower-cased, in order of first mention, of those that {@code exists}. */
    public static Set<String> in(String text, Predicate<String> exists) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (exists.test(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A piece of a comment's words: plain text, or a mention of someone who exists (without the "@"). */
    public record Part(String text, boolean mention) {
    }

    /** The words cut into plain text and mentions, for showing mentions highlighted. */
    public static List<Part> parts(String text, Predicate<String> exists) {
        List<Part> parts = new ArrayList<>();
        Matcher m = MENTION.matcher(text);
        int at = 0;
        while (m.find()) {
            if (!exists.test(m.group(1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }
}
