package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Message}s in English or French from the {@code explanations} bundles. Any language
 * other than French gets English. Numbers and dates follow the reader's language; dates are UTC, as
 * the reports' times are.
 */
public final class Explanations {

    static final String BUNDLE = "org.corroborate.evidence.domain.explanations";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final LongFunction<@Nullable String> placeNames;

    public Explanations(Locale locale) {
        this(locale, id -> null);
    }

    /** @param placeNames a place's name in the reader's language, by its id (null: the name it was read with) */
    public Explanations(Locale locale, LongFunction<@Nullable String> placeNames) {
        this.placeNames = placeNames;
        this.locale = "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern("d MMM HH:mm", this.locale).withZone(ZoneOffset.UTC);
    }

    public static String render(Message message, Locale locale) {
        return new Explanations(locale).render(message);
    }

    public String render(Message message) {
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(bundle.getString(message.key()), locale).format(args);
    }

    public List<String> renderAll(Collection<Message> messages) {
        return messages.stream().map(this::render).toList();
    }

    private Object argument(Object arg) {
        return switch (arg) {
            case Message m -> render(m);
            case NamedPlace p -> {
                String named = placeNames.apply(p.id());
                yield named == null ? p.name() : named;
            }
            case Sum s -> s.terms().stream().map(this::number).collect(Collectors.joining(" + "))
                    + " = " + number(s.total());
            case Instant i -> dates.format(i);
            case Collection<?> c -> c.stream().map(this::argument).map(String::valueOf)
                    .collect(Collectors.joining(c.stream().anyMatch(Message.class::isInstance) ? "; " : ", "));
            case BigDecimal b -> number(b);
            default -> arg;
        };
    }

    private String number(BigDecimal b) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(b);
    }
}
