package org.corroborate.security;

/** A person as other features show them: their login and their name. */
public record UserName(String username, String displayName) {
}
