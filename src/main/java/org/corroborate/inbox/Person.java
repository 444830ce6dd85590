package org.corroborate.inbox;

/** Someone work can be assigned to. */
public record Person(String username, String displayName) {
}
