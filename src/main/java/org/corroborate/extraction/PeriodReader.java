package org.corroborate.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the days a period phrase counts, from the phrase and the day it was published: "en cinq jours" in a report
 * of 24 December 2019 is 19–24 December; "depuis le 19 décembre", "since mid-December", "since 2011", "this week",
 * "la semaine dernière", "12-25 December", "décembre 2019", "past 48 hours", "depuis jeudi". A phrase that does not
 * start with a time form ("accord de septembre 2018": when something was agreed, not what is counted) is not read:
 * the caller falls back to the window before publication. French and English, accents optional.
 */
public final class PeriodReader {

    /** The days read, both ends included. */
    public record Days(LocalDate from, LocalDate to) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("fevrier", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("mars", 3), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("avril", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("juillet", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9),
            Map.entry("octobre", 10), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("novembre", 11), Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("decembre", 12), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("mardi", DayOfWeek.TUESDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("jeudi", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("samedi", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("one", 1), Map.entry("a", 1),
            Map.entry("deux", 2), Map.entry("two", 2), Map.entry("trois", 3), Map.entry("three", 3),
            Map.entry("quatre", 4), Map.entry("four", 4), Map.entry("cinq", 5), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("sept", 7), Map.entry("seven", 7), Map.entry("huit", 8),
            Map.entry("eight", 8), Map.entry("neuf", 9), Map.entry("nine", 9), Map.entry("dix", 10),
            Map.entry("ten", 10), Map.entry("onze", 11), Map.entry("eleven", 11), Map.entry("douze", 12),
            Map.entry("twelve", 12), Map.entry("quinze", 15), Map.entry("fifteen", 15), Map.entry("vingt", 20),
            Map.entry("twenty", 20), Map.entry("trente", 30), Map.entry("thirty", 30), Map.entry("quelques", 3),
            Map.entry("few", 3), Map.entry("several", 3), Map.entry("plusieurs", 3));

    private static final Pattern WORD = Pattern.compile("[a-z]+|\\d+");
    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{1,2})\\s*(?:-|–|au|to|and|et)\\s*(\\d{1,2})");

    private PeriodReader() {
    }

    public static Optional<Days> read(String phrase, LocalDate published) {
        String folded = TextNormaliser.fold(phrase).replace("1er", "1").replace("1st", "1");
        List<String> w = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            w.add(m.group());
        }
        int i = skip(w, 0, "du", "from", "between", "entre", "sur", "over", "during", "durant", "pendant",
                "au", "cours", "de", "des", "in", "en", "within", "the", "les", "la", "le", "l", "ces", "these",
                "this", "cette", "ce", "past", "last", "derniers", "dernieres", "recent", "of", "for");
        boolean since = !w.isEmpty() && (w.getFirst().equals("depuis") || w.getFirst().equals("since"));
        Optional<Days> read = since ? sinceDay(w, 1, published).or(() -> anyYear(w))
                .map(from -> new Days(from, published)).or(() -> relative(w, folded, published))
                : relative(w, folded, published).or(() -> range(folded, w, published))
                        .or(() -> single(w, i, folded, published));
        return read.filter(d -> !d.from().isAfter(d.to()));
    }

    /** The first day of "depuis le 19 décembre", "since mid-December", "since 2011", "depuis jeudi". */
    private static Optional<LocalDate> sinceDay(List<String> w, int start, LocalDate published) {
        int i = skip(w, start, "le", "la", "l", "the", "de", "du", "des");
        if (i >= w.size()) {
            return Optional.empty();
        }
        String x = w.get(i);
        if (x.equals("mi") || x.equals("mid") || x.equals("debut") || x.equals("early") || x.equals("fin")
                || x.equals("late") || x.equals("end") || x.equals("beginning") || x.equals("start")) {
            int day = switch (x) {
                case "mi", "mid" -> 15;
                case "fin", "late", "end" -> 21;
                default -> 1;
            };
            int j = skip(w, i + 1, "de", "d", "of", "the", "l", "la", "le");
            if (j < w.size() && (w.get(j).equals("annee") || w.get(j).equals("year"))) {
                return Optional.of(published.withDayOfYear(1));
            }
            return monthAt(w, j, published).map(ym -> clampDay(ym, day));
        }
        if (WEEKDAYS.containsKey(x)) {
            return Optional.of(published.minusDays(1).with(TemporalAdjusters.previousOrSame(WEEKDAYS.get(x))));
        }
        if (isYear(x)) {
            return Optional.of(LocalDate.of(Integer.parseInt(x), 1, 1));
        }
        return dayMonth(w, i, published).or(() -> monthAt(w, i, published).map(ym -> ym.atDay(1)));
    }

    /** "depuis le début de la guerre en 2011": the year, when nothing closer says the day. */
    private static Optional<LocalDate> anyYear(List<String> w) {
        return w.stream().filter(PeriodReader::isYear).findFirst().map(y -> LocalDate.of(Integer.parseInt(y), 1, 1));
    }

    /** "en cinq jours", "past 48 hours", "this week", "la semaine dernière", "hier", "ces derniers jours". */
    private static Optional<Days> relative(List<String> w, String folded, LocalDate published) {
        if (has(w, "hier") || has(w, "yesterday")) {
            return Optional.of(new Days(published.minusDays(1), published.minusDays(1)));
        }
        if (has(w, "aujourd") || has(w, "today") || has(w, "tonight")) {
            return Optional.of(new Days(published, published));
        }
        boolean lastCalendar = folded.matches(".*\\b(semaine|mois|annee) (derniere|dernier|passee|passe)\\b.*")
                || folded.matches("^(last|the previous) (week|month|year)\\b.*");
        boolean thisCalendar = folded.matches("^(this|cette|ce) (week|semaine|month|mois|year|annee)\\b.*");
        for (int i = 0; i < w.size(); i++) {
            String unit = w.get(i);
            int n = i > 0 ? count(w.get(i - 1)) : -1;
            if (n < 0 && i > 1 && (w.get(i - 1).equals("derniers") || w.get(i - 1).equals("dernieres"))) {
                n = count(w.get(i - 2));
            }
            boolean plural = n > 0;
            if (n < 0) {
                n = 1;
            }
            switch (unit) {
                case "heures", "hours", "heure", "hour" -> {
                    return Optional.of(new Days(published.minusDays(Math.max(1, (n + 23) / 24)), published));
                }
                case "jours", "days", "jour", "day" -> {
                    return Optional.of(new Days(published.minusDays(plural ? n : 7), published));
                }
                case "semaines", "weeks", "semaine", "week" -> {
                    if (thisCalendar) {
                        return Optional.of(new Days(published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                                published));
                    }
                    if (lastCalendar && !plural) {
                        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                        return Optional.of(new Days(monday, monday.plusDays(6)));
                    }
                    return Optional.of(new Days(published.minusWeeks(n), published));
                }
                case "mois", "months", "month" -> {
                    if (thisCalendar) {
                        return Optional.of(new Days(published.withDayOfMonth(1), published));
                    }
                    if (lastCalendar && !plural) {
                        YearMonth last = YearMonth.from(published).minusMonths(1);
                        return Optional.of(new Days(last.atDay(1), last.atEndOfMonth()));
                    }
                    return Optional.of(new Days(published.minusMonths(n), published));
                }
                case "ans", "annees", "years", "annee", "year" -> {
                    if (thisCalendar) {
                        return Optional.of(new Days(published.withDayOfYear(1), published));
                    }
                    return Optional.of(new Days(published.minusYears(n), published));
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** "12-25 décembre", "du 12 au 25 décembre", "1-29 December", "December 12-25". */
    private static Optional<Days> range(String folded, List<String> w, LocalDate published) {
        Matcher m = DAY_RANGE.matcher(folded);
        if (!m.find()) {
            return Optional.empty();
        }
        Optional<YearMonth> month = Optional.empty();
        for (int i = 0; i < w.size() && month.isEmpty(); i++) {
            month = monthAt(w, i, published);
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        return month.filter(ym -> a >= 1 && b <= ym.lengthOfMonth() && a <= b)
                .map(ym -> new Days(ym.atDay(a), ym.atDay(b)));
    }

    /** "24 December", "le 24 décembre", "décembre 2019" (the month), "2019" (the year), "en décembre". */
    private static Optional<Days> single(List<String> w, int i, String folded, LocalDate published) {
        if (i >= w.size()) {
            return Optional.empty();
        }
        Optional<LocalDate> day = dayMonth(w, i, published);
        if (day.isPresent()) {
            return day.map(d -> new Days(d, d));
        }
        if (isYear(w.get(i))) {
            LocalDate from = LocalDate.of(Integer.parseInt(w.get(i)), 1, 1);
            LocalDate end = from.plusYears(1).minusDays(1);
            return Optional.of(new Days(from, end.isAfter(published) && !from.isAfter(published) ? published : end));
        }
        return monthAt(w, i, published).map(ym -> new Days(ym.atDay(1),
                ym.atEndOfMonth().isAfter(published) && !ym.atDay(1).isAfter(published) ? published : ym.atEndOfMonth()));
    }

    /** "19 décembre", "19 December", "December 19" at i (with an optional year after it). */
    private static Optional<LocalDate> dayMonth(List<String> w, int i, LocalDate published) {
        if (i + 1 < w.size() && isDay(w.get(i)) && MONTHS.containsKey(w.get(i + 1))) {
            return Optional.of(date(Integer.parseInt(w.get(i)), MONTHS.get(w.get(i + 1)), yearAt(w, i + 2), published));
        }
        if (i + 1 < w.size() && MONTHS.containsKey(w.get(i)) && isDay(w.get(i + 1))) {
            return Optional.of(date(Integer.parseInt(w.get(i + 1)), MONTHS.get(w.get(i)), yearAt(w, i + 2), published));
        }
        return Optional.empty();
    }

    private static Optional<YearMonth> monthAt(List<String> w, int i, LocalDate published) {
        if (i >= w.size() || !MONTHS.containsKey(w.get(i))) {
            return Optional.empty();
        }
        int month = MONTHS.get(w.get(i));
        Integer year = yearAt(w, i + 1);
        if (year != null) {
            return Optional.of(YearMonth.of(year, month));
        }
        YearMonth ym = YearMonth.of(published.getYear(), month);
        return Optional.of(ym.atDay(1).isAfter(published) ? ym.minusYears(1) : ym);
    }

    private static LocalDate date(int day, int month, Integer year, LocalDate published) {
        if (year != null) {
            return clampDay(YearMonth.of(year, month), day);
        }
        LocalDate d = clampDay(YearMonth.of(published.getYear(), month), day);
        return d.isAfter(published) ? clampDay(YearMonth.of(published.getYear() - 1, month), day) : d;
    }

    private static LocalDate clampDay(YearMonth ym, int day) {
        return ym.atDay(Math.min(Math.max(day, 1), ym.lengthOfMonth()));
    }

    private static Integer yearAt(List<String> w, int i) {
        return i < w.size() && isYear(w.get(i)) ? Integer.parseInt(w.get(i)) : null;
    }

    private static boolean isYear(String x) {
        return x.length() == 4 && x.chars().allMatch(Character::isDigit) && x.compareTo("1900") >= 0
                && x.compareTo("2100") <= 0;
    }

    private static boolean isDay(String x) {
        return x.length() <= 2 && x.chars().allMatch(Character::isDigit) && Integer.parseInt(x) >= 1
                && Integer.parseInt(x) <= 31;
    }

    private static int count(String x) {
        if (!x.isEmpty() && x.length() <= 3 && x.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(x);
        }
        return SMALL.getOrDefault(x, -1);
    }

    private static boolean has(List<String> w, String word) {
        return w.contains(word);
    }

    private static int skip(List<String> w, int i, String... words) {
        int k = i;
        while (k < w.size() && List.of(words).contains(w.get(k))) {
            k++;
        }
        return k;
    }
}
