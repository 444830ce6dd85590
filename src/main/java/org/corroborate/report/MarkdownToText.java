package org.corroborate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown kept as the text it reads as: heading marks, emphasis, link targets, images, list bullets, quote
 * marks and code fences go; the words stay where they were. Deliberately light: a report is prose, not a
 * document to render. Plain Java.
 */
public final class MarkdownToText {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^]]+]:\\s+\\S.*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^]]+)]\\([^)]*\\)|\\[([^]]+)]\\[[^]]*]");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])"
            + "|(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern STRIKE = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");

    private MarkdownToText() {
    }

    /** The first heading as title (empty if none) and the text without markup. */
    public static ReportFile convert(String markdown) {
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        String title = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches() || REFERENCE_DEFINITION.matcher(line).matches()) {
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                line = heading.group(1);
                title = title.isEmpty() ? inline(line) : title;
            } else if (SETEXT_UNDERLINE.matcher(line).matches() && i > 0 && !lines[i - 1].isBlank()) {
                title = title.isEmpty() ? inline(lines[i - 1]).strip() : title;
                continue;
            } else if (RULE.matcher(line).matches()) {
                kept.add("");
                continue;
            }
            line = QUOTE.matcher(line).replaceFirst("");
            line = BULLET.matcher(line).replaceFirst("");
            kept.add(inline(line));
        }
        return new ReportFile(title.strip(), ReportText.tidy(String.join("\n", kept)));
    }

    private static String inline(String line) {
        String text = IMAGE.matcher(line).replaceAll(m -> quote(m.group(1)));
        text = LINK.matcher(text).replaceAll(m -> quote(m.group(1) != null ? m.group(1) : m.group(2)));
        text = CODE.matcher(text).replaceAll(m -> quote(m.group(1)));
        text = STRONG.matcher(text).replaceAll(m -> quote(m.group(2)));
        text = EMPHASIS.matcher(text).replaceAll(m -> quote(m.group(1) != null ? m.group(1) : m.group(2)));
        return STRIKE.matcher(text).replaceAll(m -> quote(m.group(1)));
    }

    private static String quote(String replacement) {
        return java.util.regex.Matcher.quoteReplacement(replacement);
    }
}
