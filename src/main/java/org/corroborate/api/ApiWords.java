package org.corroborate.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The app's words (its translation bundles, as the UI says them) for an API answer in the client's language: French
 * when {@code Accept-Language} prefers it over English, else English.
 */
final class ApiWords {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApiWords() {
    }

    /** French or English, as the {@code Accept-Language} header prefers; English without one or when it is unreadable. */
    static Locale language(@Nullable String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("fr", "en"));
            return "fr".equals(tag) ? Locale.FRENCH : Locale.ENGLISH;
        } catch (IllegalArgumentException unreadable) {
            return Locale.ENGLISH;
        }
    }

    static boolean french(Locale language) {
        return "fr".equals(language.getLanguage());
    }

    /** The words of {@code key} in {@code language}, with its arguments, as the UI formats them. */
    static String of(Locale language, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, french(language) ? Locale.FRENCH : Locale.ROOT,
                NO_FALLBACK);
        String pattern = bundle.containsKey(key) ? bundle.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
    }
}
