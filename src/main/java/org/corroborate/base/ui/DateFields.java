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

    /**
     * The date-and-time field in the UI's language; {@code words} gives the app's texts by key. A typed time out of
     * range ("25:99", "7h75") is refused as bad input, with the words kept in the field, where the time part otherwise
     * rolled it over to another time (02:39) without a word.
     */
    public static DateTimePicker localised(DateTimePicker field, Locale locale, Function<String, String> words) {
        field.setLocale(locale);
        field.setDatePickerI18n(calendar(locale, words));
        field.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setDateLabel(words.apply("date.field.date"))
                .setTimeLabel(words.apply("date.field.time"))
                .setBadInputErrorMessage(words.apply("date.error.bad-date-time"))
                .setIncompleteInputErrorMessage(words.apply("date.error.incomplete")));
        field.getElement().executeJs(STRICT_TIME);
        return field;
    }

    /*
     * The time part's parser (Flow's time picker connector) reads any one or two digits as hours and minutes and lets
     * the browser's Date roll them over: "25:99" became 02:39. This wraps it so that a time out of range is not a
     * time: the field then reports bad input and keeps what was typed. The connector sets its parser when the locale
     * is set (and again at each change), possibly after this runs: its setLocale is wrapped too.
     */
    private static final String STRICT_TIME = """
            const picker = this.querySelector('[slot="time-picker"]');
            if (!picker) return;
            const strict = () => {
              const i18n = picker.i18n;
              if (!i18n || !i18n.parseTime || i18n.parseTime.strict) return;
              const parse = i18n.parseTime;
              const parseStrict = (text) => {
                const t = parse.call(i18n, text);
                const inRange = (v, max) => v === undefined || (Number.isInteger(+v) && +v >= 0 && +v < max);
                return t && inRange(t.hours, 24) && inRange(t.minutes, 60) && inRange(t.seconds, 60) ? t : undefined;
              };
              parseStrict.strict = true;
              picker.i18n = {...i18n, parseTime: parseStrict};
            };
            let tries = 0;
            const wrap = () => {
              const connector = picker.$connector;
              if (!connector || !connector.setLocale) {
                if (++tries < 100) setTimeout(wrap, 50);
                return;
              }
              if (!connector.setLocale.strict) {
                const setLocale = connector.setLocale;
                connector.setLocale = (locale) => { setLocale(locale); strict(); };
                connector.setLocale.strict = true;
              }
              strict();
            };
            wrap();
            """;

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
