package org.corroborate.story;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.extraction.TextNormaliser;

/**
 * The dateline that opens a wire story ("MAPUTO, March 18 (Reuters) -", "RABAT, 9 septembre (AFP) -", "Marrakech, le
 * 10 septembre 2023 –"), read to propose when a pasted story ran: the person confirms or changes the day, it is never
 * stored on its own. Read at the start of the first paragraphs (a headline may come first), up to the dash that ends
 * the dateline. Without a year, the day is the nearest one not after today; a day after today is no proposal.
 *
 * @param day      the day the dateline names
 * @param words    the dateline as written, without its dash ("MAPUTO, March 18 (Reuters)")
 * @param yearRead whether the dateline gave the year (else it is the nearest past one)
 */
public record Dateline(LocalDate day, String words, boolean yearRead) {

    /** Where the dateline is looked for: the first paragraphs of a story, not its whole text. */
    private static final int HEAD = 800;
    private static final int PARAGRAPHS = 3;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("janvier", 1), Map.entry("janv", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("fevrier", 2), Map.entry("fevr", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juin", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juillet", 7), Map.entry("juil", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("aout", 8),
            Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("septembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octobre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("decembre", 12));

    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    private static final String DAY = "(\\d{1,2})(?iu:st|nd|rd|th|er)?";
    private static final String YEAR = "(\\d{4})";
    private static final String WEEKDAY = "(?iu:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday"
            + "|wednesday|thursday|friday|saturday|sunday),?\\s+)?";
    /** "March 18", "March 18, 2019", "Sept. 9" */
    private static final String MONTH_FIRST = MONTH + "\\s+" + DAY + "(?:,?\\s+" + YEAR + ")?";
    /** "18 March 2019", "9 septembre", "le 1er mars 2023" */
    private static final String DAY_FIRST = DAY + "\\s+" + MONTH + "(?:\\s+" + YEAR + ")?";
    /** Place (and country), the date, the agency in parentheses, the dash. */
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L}'’. -]{0,40}(?:,\\s*\\p{Lu}[\\p{L}'’. -]"
            + "{0,40})?,\\s+(?iu:le\\s+)?" + WEEKDAY + "(?:" + MONTH_FIRST + "|" + DAY_FIRST + ")"
            + "(?:\\s*\\([^)\\n]{1,40}\\))?)\\s*[-–—]");

    /** The dateline at the start of one of the story's first paragraphs, if it names a day not after {@code today}. */
    public static Optional<Dateline> read(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
        int paragraphs = 0;
        for (String line : head.split("\\R")) {
            String paragraph = line.strip();
            if (paragraph.isEmpty()) {
                continue;
            }
            Optional<Dateline> found = opening(paragraph, today);
            if (found.isPresent() || ++paragraphs == PARAGRAPHS) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Dateline> opening(String paragraph, LocalDate today) {
        Matcher m = DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean monthFirst = m.group(2) != null;
        Integer month = month(monthFirst ? m.group(2) : m.group(6));
        if (month == null) {
            return Optional.empty();
        }
        int day = Integer.parseInt(monthFirst ? m.group(3) : m.group(5));
        String year = monthFirst ? m.group(4) : m.group(7);
        String words = m.group(1).strip();
        try {
            if (year != null) {
                LocalDate stated = LocalDate.of(Integer.parseInt(year), month, day);
                return stated.isAfter(today) ? Optional.empty() : Optional.of(new Dateline(stated, words, true));
            }
            return nearestPast(month, day, today).map(d -> new Dateline(d, words, false));
        } catch (DateTimeException notADay) {
            return Optional.empty(); // "31 février", "March 32"
        }
    }

    /** The last {@code month/day} not after today (29 February: the last leap year's). */
    private static Optional<LocalDate> nearestPast(int month, int day, LocalDate today) {
        if (month == 2 && day == 29) {
            for (int year = today.getYear(); year > today.getYear() - 8; year--) {
                if (LocalDate.of(year, 1, 1).isLeapYear() && !LocalDate.of(year, 2, 29).isAfter(today)) {
                    return Optional.of(LocalDate.of(year, 2, 29));
                }
            }
            return Optional.empty();
        }
        LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
        return Optional.of(thisYear.isAfter(today) ? thisYear.minusYears(1) : thisYear);
    }

    private static Integer month(String word) {
        return MONTHS.get(TextNormaliser.fold(word));
    }
}
