package org.corroborate.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.server.VaadinSession;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Date and date-time fields in the UI's language: the calendar's months, weekdays, first day of the week and buttons
 * ("Aujourd'hui", "Annuler"), and a message when what was typed is not a date ("31/02/2023"), where the field otherwise
 * only turned red. Typed dates are read in the user's order of day and month ({@link #dateLocale}): "03/12/2026" is
 * 3 December for a British or French desk, 12 March only for a browser that says en-US; the field's placeholder shows
 * the order, and once a date is chosen the helper text spells it out ("Read as Thursday, 3 December 2026"). The
 * field's locale is that one too, so that a time reads as the desk writes it (09:45 in en-GB, 9:45 AM in en-US); the
 * calendar's words stay in the UI's language.
 */
public final class DateFields {

    private DateFields() {
    }

    /** The day field in the UI's language; {@code words} gives the app's texts by key. */
    public static DatePicker localised(DatePicker field, Locale locale, Function<String, String> words) {
        Locale dates = dateLocale(locale, browserLocale());
        field.setLocale(dates);
        field.setI18n(withOrder(calendar(locale, words), dates)
                .setBadInputErrorMessage(words.apply("date.error.bad-input")));
        field.setPlaceholder(words.apply(placeholderKey(dates)));
        String help = field.getHelperText();
        field.addValueChangeListener(e -> field.setHelperText(readAs(e.getValue(), dates, help, words)));
        return field;
    }

    /**
     * The date-and-time field in the UI's language; {@code words} gives the app's texts by key. A typed time out of
     * range ("25:99", "7h75") is refused as bad input, with the words kept in the field, where the time part otherwise
     * rolled it over to another time (02:39) without a word.
     */
    public static DateTimePicker localised(DateTimePicker field, Locale locale, Function<String, String> words) {
        Locale dates = dateLocale(locale, browserLocale());
        field.setLocale(dates); // the time too: 09:45 for en-GB and fr, 9:45 AM for en-US
        field.setDatePickerI18n(withOrder(calendar(locale, words), dates));
        field.setDatePlaceholder(words.apply(placeholderKey(dates)));
        String help = field.getHelperText();
        field.addValueChangeListener(e -> field.setHelperText(
                readAs(e.getValue() == null ? null : e.getValue().toLocalDate(), dates, help, words)));
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

    /**
     * The conventions typed dates are read in: the browser's locale when it is in the UI's language and names a
     * country (en-GB day first, en-US month first, fr-CA year first); else the UI language's own, day first
     * (fr-FR; en-GB for English: a British, African or Asian desk, as the first day of the week, Monday, already is).
     */
    public static Locale dateLocale(Locale ui, @Nullable Locale browser) {
        if (browser != null && !browser.getCountry().isEmpty() && browser.getLanguage().equals(ui.getLanguage())) {
            return browser;
        }
        return "fr".equals(ui.getLanguage()) ? Locale.FRANCE : Locale.UK;
    }

    /** The order of day, month and year in this locale's short dates. */
    enum Order { DAY_FIRST, MONTH_FIRST, YEAR_FIRST }

    static Order order(Locale dates) {
        String p = pattern(dates);
        int d = p.indexOf('d');
        int m = p.indexOf('M');
        int y = p.indexOf('y');
        if (y >= 0 && y < d && y < m) {
            return Order.YEAR_FIRST;
        }
        return m >= 0 && m < d ? Order.MONTH_FIRST : Order.DAY_FIRST;
    }

    /**
     * The date picker's formats for this locale (Vaadin's patterns: d, dd, M, MM, yyyy): the one it shows, with four
     * digits to the year, then the same order without leading zeros, then ISO 8601, which is never ambiguous.
     */
    static List<String> formats(Locale dates) {
        String p = pattern(dates);
        char sep = '/';
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!Character.isLetter(c) && c != '\'') {
                sep = c;
                break;
            }
        }
        String s = String.valueOf(sep);
        return switch (order(dates)) {
            case DAY_FIRST -> List.of("dd" + s + "MM" + s + "yyyy", "d" + s + "M" + s + "yyyy", "yyyy-MM-dd");
            case MONTH_FIRST -> List.of("MM" + s + "dd" + s + "yyyy", "M" + s + "d" + s + "yyyy", "yyyy-MM-dd");
            case YEAR_FIRST -> List.of("yyyy" + s + "MM" + s + "dd", "yyyy" + s + "M" + s + "d", "yyyy-MM-dd").stream()
                    .distinct().toList();
        };
    }

    /** What the helper text says once a date is chosen: the date spelled out, then the field's own help. */
    static String readAs(@Nullable LocalDate date, Locale dates, @Nullable String help,
                         Function<String, String> words) {
        String own = help == null ? "" : help;
        if (date == null) {
            return own;
        }
        String spelled = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(dates).format(date);
        String read = words.apply("date.read-as").replace("{0}", spelled);
        return own.isBlank() ? read : read + " " + own;
    }

    private static String placeholderKey(Locale dates) {
        return switch (order(dates)) {
            case DAY_FIRST -> "date.placeholder.day-first";
            case MONTH_FIRST -> "date.placeholder.month-first";
            case YEAR_FIRST -> "date.placeholder.year-first";
        };
    }

    private static DatePicker.DatePickerI18n withOrder(DatePicker.DatePickerI18n i18n, Locale dates) {
        List<String> f = formats(dates);
        return i18n.setDateFormats(f.getFirst(), f.subList(1, f.size()).toArray(String[]::new));
    }

    private static String pattern(Locale dates) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null, IsoChronology.INSTANCE,
                dates);
    }

    /** The locale the browser asked for when the session began (its Accept-Language), or null outside a session. */
    static @Nullable Locale browserLocale() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? null : session.getBrowser().getLocale();
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
