package org.corroborate.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Date and date-time fields in the UI's language: the calendar's months, weekdays, first day of the week and buttons
 * ("Aujourd'hui", "Annuler"), and a message when what was typed is not a date ("31/02/2023"), where the field otherwise
 * only turned red.
 */
public final class DateFields {

    private DateFields() {
    }

    /** The day field in the UI's language; {@code words} gives the app's texts by key. */
    public static DatePicker localised(DatePicker field, Locale locale, Function<String, String> words) {
        field.setLocale(locale);
        field.setI18n(calendar(locale, words).setBadInputErrorMessage(words.apply("date.error.bad-input")));
        return field;
    }

    /** The date-and-time field in the UI's language; {@code words} gives the app's texts by key. */
    public static DateTimePicker localised(DateTimePicker field, Locale locale, Function<String, String> words) {
        field.setLocale(locale);
        field.setDatePickerI18n(calendar(locale, words));
        field.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(words.apply("date.field.date"))
                .setTimeLabel(words.apply("date.field.time"))
                .setBadInputErrorMessage(words.apply("date.error.bad-input"))
                .setIncompleteInputErrorMessage(words.apply("date.error.incomplete")));
        return field;
    }

    /** The locale's own when it names a country; else Monday, as in Europe's newsrooms (ISO 8601). */
    static DayOfWeek firstDayOfWeek(Locale locale) {
        return locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
    }

    private static DatePicker.DatePickerI18n calendar(Locale locale, Function<String, String> words) {
        // The calendar's weekdays start on Sunday whatever the first day shown (DatePickerI18n's convention).
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE,
                        locale)).toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(firstDayOfWeek(locale).getValue() % 7)
                .setToday(words.apply("date.today"))
                .setCancel(words.apply("date.cancel"));
    }
}
