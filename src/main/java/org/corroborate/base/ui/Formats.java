package org.corroborate.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates, numbers, sizes and labels look in the UI. Times are shown in UTC: newsroom tolls are compared across time zones. */
public final class Formats {

    private Formats() {
    }

    /**
     * A day as the reader's desk writes it, in the UI's language {@code locale}: "24 déc. 2019"; "24 Dec 2019" for a
     * British desk (or a browser that names no country), "Dec 24, 2019" for an American one: the order the date
     * fields read and show ({@link DateFields#dateLocale}, walk3 H16).
     */
    public static String date(java.time.LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(desk(locale))
                .format(day);
    }

    /** A time in UTC as the reader's desk writes it: "24 Dec 2019, 13:37 UTC" / "Dec 24, 2019, 1:37 PM UTC". */
    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(desk(locale)).withZone(ZoneId.of("UTC")).format(instant) + " UTC";
    }

    private static Locale desk(Locale ui) {
        return DateFields.dateLocale(ui, DateFields.browserLocale());
    }

    /** "Kind: agency" / "Type\u00a0: agence": French puts a non-breaking space before the colon. */
    public static String labelled(String label, String value, Locale locale) {
        return label + (isFrench(locale) ? "\u00a0: " : ": ") + value;
    }

    /** Words quoted as the locale quotes them: "« 242 »" / "“242”". */
    public static String quoted(String words, Locale locale) {
        return isFrench(locale) ? "« " + words + " »" : "\u201c" + words + "\u201d";
    }

    /** A whole number with the locale's grouping: "370,000" / "370\u202f000". */
    public static String number(long n, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A size in bytes in the locale's units: "25 MB" / "25\u00a0Mo", "512 KB" / "512\u00a0Ko". */
    public static String size(long bytes, Locale locale) {
        boolean fr = isFrench(locale);
        String[] units = fr ? new String[] {"octets", "Ko", "Mo", "Go"} : new String[] {"bytes", "KB", "MB", "GB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(value < 10 && unit > 0 ? 1 : 0);
        return format.format(value) + (fr ? "\u00a0" : " ") + units[unit];
    }

    private static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
