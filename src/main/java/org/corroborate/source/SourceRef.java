package org.corroborate.source;

import java.util.List;
import java.util.stream.Stream;
import org.corroborate.extraction.TextNormaliser;
import org.jspecify.annotations.Nullable;

/**
 * A registered source in a few words: what an attribution resolves to, or a choice in a list. {@code aliases} are
 * the other names it answers to ("INGD", "OSDH"), so that a picker finds it by them.
 */
public record SourceRef(long id, String key, String name, String kind, boolean party, Reliability reliability,
        List<String> aliases) {

    public SourceRef {
        aliases = List.copyOf(aliases);
    }

    /** Without its aliases (as the registry's one query for every source reads it). */
    public SourceRef(long id, String key, String name, String kind, boolean party, Reliability reliability) {
        this(id, key, name, kind, party, reliability, List.of());
    }

    /**
     * Whether what someone typed in a picker names this source: part of its name, of one of its aliases or of its
     * key, whatever the case and the accents ("ingd" and "gestao" find "Instituto Nacional de Gestão ...", alias
     * INGD). Nothing typed matches every source.
     */
    public boolean matches(@Nullable String typed) {
        String wanted = typed == null ? "" : TextNormaliser.fold(typed).strip();
        return wanted.isEmpty() || Stream.concat(Stream.of(name, key), aliases.stream())
                .anyMatch(said -> TextNormaliser.fold(said).contains(wanted));
    }
}
