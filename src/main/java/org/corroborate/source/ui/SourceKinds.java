package org.corroborate.source.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/**
 * A source's kind as the user's language says it. Kinds are free words stored as typed (the demo's are English:
 * "news agency", "monitor"); the usual ones have a translation ({@code source.kind.news-agency}), others show as
 * typed.
 */
final class SourceKinds {

    private SourceKinds() {
    }

    static String label(Component in, String kind) {
        if (kind == null || kind.isBlank()) {
            return "";
        }
        String key = "source.kind." + kind.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        String said = in.getTranslation(key);
        return said == null || said.startsWith("!") || said.equals(key) ? kind : said;
    }
}
