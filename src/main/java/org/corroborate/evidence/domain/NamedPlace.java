package org.corroborate.evidence.domain;

/**
 * A place as an argument of a {@link Message}: rendered in the reader's language when {@link Explanations} is told
 * the registry's names ("Damas" in French), else by the name it was read with.
 */
public record NamedPlace(long id, String name) {
}
