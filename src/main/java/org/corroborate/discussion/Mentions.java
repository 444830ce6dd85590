package org.corroborate.discussion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

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

    /**
     * The name of the mention being typed at the very end of the words ("" right after the "@"), or null when the
     * words do not end in one. Like a mention, it starts a word: "editor@exa" is an address being typed.
     */
    public static @Nullable String typedAtEnd(String text) {
        int k = text.length();
        while (k > 0 && isNameChar(text.charAt(k - 1))) {
            k--;
        }
        if (k == 0 || text.charAt(k - 1) != '@') {
            return null;
        }
        int at = k - 1;
        if (at > 0) {
            char before = text.charAt(at - 1);
            if (isNameChar(before) || before == '@') {
                return null;
            }
        }
        return text.substring(k);
    }

    /** The names that complete a mention being typed: those starting with it, whatever the case, at most {@code max}. */
    public static List<String> completions(String typed, List<String> names, int max) {
        String prefix = typed.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix)).limit(max).toList();
    }

    /** The words with the mention being typed at their end ({@link #typedAtEnd}) completed to "@name ". */
    public static String complete(String text, String name) {
        String typed = typedAtEnd(text);
        String head = typed == null ? text : text.substring(0, text.length() - typed.length() - 1);
        return head + "@" + name + " ";
    }

    /** Letters, digits, '.', '_' and '-': the characters of a name in {@link #MENTION}. */
    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-';
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
