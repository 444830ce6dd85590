package org.corroborate.security;

/** The newsroom roles (docs/GLOSSARY.md: fact-checker, editor, admin, viewer). Spring authorities are ROLE_ + name. */
public enum Role {
    FACT_CHECKER, EDITOR, ADMIN, VIEWER;

    /** Constants for {@code @RolesAllowed} and {@code @PreAuthorize}. */
    public static final class Names {
        public static final String FACT_CHECKER = "FACT_CHECKER";
        public static final String EDITOR = "EDITOR";
        public static final String ADMIN = "ADMIN";
        public static final String VIEWER = "VIEWER";
        /** Who may change stories, figures, sources and reports. */
        public static final String CAN_EDIT = "hasAnyRole('FACT_CHECKER','EDITOR','ADMIN')";
        /** Who signs off (approves or rejects figures, approves and publishes stories) and merges sources. */
        public static final String CAN_DECIDE = "hasAnyRole('EDITOR','ADMIN')";
        /** Any logged-in user. */
        public static final String CAN_READ = "isAuthenticated()";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
