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

    /** Whether the current user may change data ({@link Role#mayEdit}, as {@link Role.Names#CAN_EDIT}). */
    public static boolean canEdit() {
        return Role.mayEdit(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether the current user may decide ({@link Role#mayDecide}, as {@link Role.Names#CAN_DECIDE}). */
    public static boolean canDecide() {
        return Role.mayDecide(SecurityContextHolder.getContext().getAuthentication());
    }
}
