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

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.of("UTC")).format(instant) + " UTC";
    }
}
