package org.corroborate.review.ui;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** People by name rather than by login; the automatic steps by the word for "system" in the reader's language. */
record Names(Map<String, String> byLogin, String system) {

    String of(@Nullable String login) {
        if (login == null) {
            return "";
        }
        return "system".equals(login) ? system : byLogin.getOrDefault(login, login);
    }
}
