package org.corroborate.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** One source as its detail view shows it; {@code version} is what an edit must name. */
public record SourceDetails(Long id, long version, String key, String name, String kind, boolean party,
        Reliability reliability, @Nullable String reliabilityNote, List<String> aliases, List<String> domains) {

    static SourceDetails of(Source s) {
        return new SourceDetails(s.getId(), s.getVersion(), s.getKey(), s.getName(), s.getKind(), s.isParty(),
                s.getReliability(), s.getReliabilityNote(),
                s.getAliases().stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(),
                s.getDomains().stream().sorted().toList());
    }
}
