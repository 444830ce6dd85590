package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class UserAndLoginTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TransactionTemplate tx;

    @Test
    void eachDemoUserLogsInWithTheReadmePasswordAndGetsItsRole() {
        DaoAuthenticationProvider login = new DaoAuthenticationProvider(userDetails);
        login.setPasswordEncoder(passwordEncoder);

        assertThat(roleAfterLogin(login, "factchecker")).isEqualTo("ROLE_FACT_CHECKER");
        assertThat(roleAfterLogin(login, "editor")).isEqualTo("ROLE_EDITOR");
        assertThat(roleAfterLogin(login, "admin")).isEqualTo("ROLE_ADMIN");
        assertThat(roleAfterLogin(login, "viewer")).isEqualTo("ROLE_VIEWER");
    }

    @Test
    void aWrongPasswordIsRefused() {
        DaoAuthenticationProvider login = new DaoAuthenticationProvider(userDetails);
        login.setPasswordEncoder(passwordEncoder);

        assertThatThrownBy(() -> login.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("editor", "not-the-password")))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void passwordsAreStoredAsBcryptHashesAndChangesBumpTheVersion() {
        String name = "u-" + UUID.randomUUID();
        AppUser saved = tx.execute(s -> users.save(new AppUser(name, "Test User", passwordEncoder.encode("secret-123"),
                Role.VIEWER)));

        AppUser changed = tx.execute(s -> {
            AppUser user = users.findByUsernameIgnoreCase(name).orElseThrow();
            user.changeRole(Role.EDITOR);
            return user;
        });

        assertThat(saved.getPasswordHash()).startsWith("$2").doesNotContain("secret-123");
        assertThat(changed.getRole()).isEqualTo(Role.EDITOR);
        assertThat(changed.getVersion()).isEqualTo(saved.getVersion() + 1);
    }

    private static String roleAfterLogin(DaoAuthenticationProvider login, String username) {
        Authentication auth = login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                username + UserBootstrap.DEMO_PASSWORD_SUFFIX));
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).findFirst().orElseThrow();
    }
}
