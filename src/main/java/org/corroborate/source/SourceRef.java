package org.corroborate.source;

/** A registered source in a few words: what an attribution resolves to, or a choice in a list. */
public record SourceRef(long id, String key, String name, String kind, boolean party, Reliability reliability) {
}
