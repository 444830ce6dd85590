package org.corroborate.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now, for the record ("linked by", "created by"). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.ofNullable(auth.getName());
    }

    public static String usernameOrSystem() {
        return username().orElse("system");
    }

    public static boolean hasRole(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    /** Fact-checkers, editors and admins change data; viewers only read. */
    public static boolean canEdit() {
        return hasRole(Role.FACT_CHECKER) || hasRole(Role.EDITOR) || hasRole(Role.ADMIN);
    }

    /** Editors and admins decide: the same people as {@link Role.Names#CAN_DECIDE}. */
    public static boolean canDecide() {
        return hasRole(Role.EDITOR) || hasRole(Role.ADMIN);
    }
}
