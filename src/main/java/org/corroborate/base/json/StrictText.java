package org.corroborate.base.json;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The text rules every stored string follows: PostgreSQL cannot store NUL, and an unpaired surrogate is not text. */
public final class StrictText {

    private StrictText() {
    }

    /** Why {@code value} cannot be stored as text ("contains a NUL character"...), or null when it can. */
    public static @Nullable String problem(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                return "contains a NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return unpaired(c);
            }
            if (Character.isLowSurrogate(c)) {
                return unpaired(c);
            }
        }
        return null;
    }

    private static String unpaired(char c) {
        return "contains an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + ")";
    }
}
