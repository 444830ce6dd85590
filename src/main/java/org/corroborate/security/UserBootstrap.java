package org.corroborate.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the users a fresh database needs: with demo data one user per role (demo only, passwords in
 * the README); otherwise the first admin from CORROBORATE_ADMIN_USER / CORROBORATE_ADMIN_PASSWORD.
 */
@Component
@Order(0)
class UserBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);

    static final String DEMO_PASSWORD_SUFFIX = "-demo";

    private final UserService users;
    private final ApiTokenService tokens;
    private final boolean demo;
    private final String adminUser;
    private final String adminPassword;

    UserBootstrap(UserService users, ApiTokenService tokens, @Value("${corroborate.demo.enabled}") boolean demo,
            @Value("${corroborate.admin.username}") String adminUser,
            @Value("${corroborate.admin.password}") String adminPassword) {
        this.users = users;
        this.tokens = tokens;
        this.demo = demo;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            createDemoUser("factchecker", "Fatima Checker", Role.FACT_CHECKER);
            createDemoUser("editor", "Eddie Editor", Role.EDITOR);
            createDemoUser("admin", "Ada Admin", Role.ADMIN);
            createDemoUser("viewer", "Victor Viewer", Role.VIEWER);
            tokens.createDemoToken("factchecker");
        }
        if (!adminUser.isBlank() && !users.exists(adminUser)) {
            if (adminPassword.length() < 8) {
                throw new IllegalStateException("CORROBORATE_ADMIN_PASSWORD must have at least 8 characters");
            }
            users.createUserUnchecked(adminUser, adminUser, adminPassword, Role.ADMIN);
            log.info("Created the first admin, {}", adminUser);
        } else if (users.noUserExists()) {
            log.warn("No user exists: set CORROBORATE_ADMIN_USER and CORROBORATE_ADMIN_PASSWORD to create the first admin");
        }
    }

    private void createDemoUser(String username, String displayName, Role role) {
        if (!users.exists(username)) {
            users.createUserUnchecked(username, displayName, username + DEMO_PASSWORD_SUFFIX, role);
        }
    }
}
