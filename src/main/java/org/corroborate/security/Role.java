package org.corroborate.security;

import java.util.Arrays;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/** The newsroom roles (docs/GLOSSARY.md: fact-checker, editor, admin, viewer). Spring authorities are ROLE_ + name. */
public enum Role {
    FACT_CHECKER, EDITOR, ADMIN, VIEWER;

    /** Constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String FACT_CHECKER = "FACT_CHECKER";
        public static final String EDITOR = "EDITOR";
        public static final String ADMIN = "ADMIN";
        public static final String VIEWER = "VIEWER";
        /** Who may change stories, figures, sources and reports: {@link Role#mayEdit}. */
        public static final String CAN_EDIT = "T(org.corroborate.security.Role).mayEdit(authentication)";
        /**
         * Who signs off (approves or rejects figures, approves and publishes stories) and merges sources:
         * {@link Role#mayDecide}.
         */
        public static final String CAN_DECIDE = "T(org.corroborate.security.Role).mayDecide(authentication)";
        /** Any logged-in user. */
        public static final String CAN_READ = "isAuthenticated()";

        private Names() {
        }
    }

    /** Fact-checkers, editors and admins change data; viewers only read. The one place that says so. */
    public boolean edits() {
        return this != VIEWER;
    }

    /** Editors and admins decide (approve, reject, publish, merge sources). The one place that says so. */
    public boolean decides() {
        return this == EDITOR || this == ADMIN;
    }

    /** Whether one of the authenticated user's roles {@link #edits()}. */
    public static boolean mayEdit(@Nullable Authentication auth) {
        return rolesOf(auth).anyMatch(Role::edits);
    }

    /** Whether one of the authenticated user's roles {@link #decides()}. */
    public static boolean mayDecide(@Nullable Authentication auth) {
        return rolesOf(auth).anyMatch(Role::decides);
    }

    private static Stream<Role> rolesOf(@Nullable Authentication auth) {
        if (auth == null || !auth.isAuthenticated()) {
            return Stream.empty();
        }
        return Arrays.stream(values()).filter(role -> auth.getAuthorities().stream()
                .anyMatch(granted -> role.authority().equals(granted.getAuthority())));
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
