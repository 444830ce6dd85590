package org.corroborate.evidence.domain;

import java.util.List;
import java.util.Objects;

/**
 * A sentence in structured form: a key into the explanation bundles and its arguments. Arguments may
 * be strings, numbers (BigDecimal), instants, lists, or other messages; {@link Explanations} renders
 * them in the reader's language.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
