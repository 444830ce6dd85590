package org.corroborate.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How dates look in the UI. Times are shown in UTC: newsroom tolls are compared across time zones. */
public final class Formats {

    private Formats() {
    }

    /** A day, "24 déc. 2019" / "Dec 24, 2019". */
    public static String date(java.time.LocalDate day, Locale locale) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.of("UTC")).format(instant) + " UTC";
    }
}
