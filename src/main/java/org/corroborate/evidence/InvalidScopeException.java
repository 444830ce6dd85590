package org.corroborate.evidence;

/** A scope refused: a period needs both its first and last day, the first not after the last. */
public class InvalidScopeException extends IllegalArgumentException {

    public InvalidScopeException() {
        super("A period needs its first and its last day, the first not after the last");
    }
}
