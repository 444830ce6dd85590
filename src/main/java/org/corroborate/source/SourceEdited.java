package org.corroborate.source;

import org.jspecify.annotations.Nullable;

/**
 * For the history: a source was registered ({@code action} CREATED), edited (EDITED) or had another merged
 * into it (MERGED, {@code before} names the merged source); {@code before} and {@code after} in one line.
 */
public record SourceEdited(long sourceId, String action, @Nullable String before, @Nullable String after) {

    /** A source in one line: "OSDH (osdh) · NGO · B · party · aliases: SOHR, Observatoire". */
    static String summary(Source s) {
        return s.getName() + " (" + s.getKey() + ") · " + s.getKind() + " · " + s.getReliability()
                + (s.isParty() ? " · party" : "")
                + (s.getAliases().isEmpty() ? "" : " · aliases: " + String.join(", ", s.getAliases().stream()
                        .sorted(String.CASE_INSENSITIVE_ORDER).toList()))
                + (s.getDomains().isEmpty() ? "" : " · domains: " + String.join(", ", s.getDomains().stream()
                        .sorted().toList()));
    }
}
