package org.corroborate.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a person fills in to register or edit a source; checked by {@link SourceService}. {@code domains} are
 * the web domains it publishes under, as typed.
 */
public record SourceDraft(@Nullable String name, @Nullable String kind, boolean party,
        @Nullable Reliability reliability, @Nullable String reliabilityNote, List<String> aliases,
        List<String> domains) {

    public SourceDraft {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    /** A source without web domains. */
    public SourceDraft(@Nullable String name, @Nullable String kind, boolean party,
            @Nullable Reliability reliability, @Nullable String reliabilityNote, List<String> aliases) {
        this(name, kind, party, reliability, reliabilityNote, aliases, List.of());
    }

    /** The draft a source's edit form starts from. */
    public static SourceDraft of(SourceDetails source) {
        return new SourceDraft(source.name(), source.kind(), source.party(), source.reliability(),
                source.reliabilityNote(), source.aliases(), source.domains());
    }

    public SourceDraft withReliability(Reliability grade) {
        return new SourceDraft(name, kind, party, grade, reliabilityNote, aliases, domains);
    }
}
