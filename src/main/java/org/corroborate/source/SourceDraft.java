package org.corroborate.source;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a person fills in to register or edit a source; checked by {@link SourceService}. */
public record SourceDraft(@Nullable String name, @Nullable String kind, boolean party,
        @Nullable Reliability reliability, @Nullable String reliabilityNote, List<String> aliases) {

    public SourceDraft {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The draft a source's edit form starts from. */
    public static SourceDraft of(SourceDetails source) {
        return new SourceDraft(source.name(), source.kind(), source.party(), source.reliability(),
                source.reliabilityNote(), source.aliases());
    }

    public SourceDraft withReliability(Reliability grade) {
        return new SourceDraft(name, kind, party, grade, reliabilityNote, aliases);
    }
}
