package org.corroborate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.corroborate.RunAs;
import org.corroborate.security.Role;
import org.corroborate.security.UserService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The login form over real HTTP: guessing is throttled per account (known or not) and a locked account refuses
 * even its right password with a page that says for how long; a sign-in posted from another site is refused.
 * Each test signs in "from" an address of its own ({@code X-Forwarded-For}, trusted from the loopback proxy), so
 * the suite's other logins are never locked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginGuardTest {

    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    UserService users;

    @Autowired
    SecurityContextHolderStrategy security;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String address = "203.0.113." + (1 + (int) (Math.random() * 250));

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        String name = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        RunAs.as(security, "admin", Role.ADMIN, () -> {
            users.createUser(name, "Throttled", PASSWORD, Role.VIEWER);
        });
        assertThat(location(logIn(name, PASSWORD, null))).as("the right password works at first")
                .doesNotContain("/login");

        for (int i = 0; i < 5; i++) {
            assertThat(location(logIn(name, "wrong " + i, null))).endsWith("/login?error");
        }
        HttpResponse<String> locked = logIn(name, PASSWORD, null);

        assertThat(location(locked)).endsWith("/login?locked=1");
        assertThat(location(logIn(name.toUpperCase(), PASSWORD, null))).as("whatever the case typed")
                .endsWith("/login?locked=1");
    }

    @Test
    void anUnknownNameIsThrottledLikeAKnownOne() throws Exception {
        String name = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(location(logIn(name, "guess " + i, null))).endsWith("/login?error");
        }
        assertThat(location(logIn(name, "guess 5", null))).endsWith("/login?locked=1");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        assertThat(logIn("viewer", "viewer-demo", "https://attacker.example").statusCode()).isEqualTo(403);
        assertThat(location(logIn("viewer", "viewer-demo", "http://localhost:" + port))).doesNotContain("/login");
    }

    private HttpResponse<String> logIn(String username, String password, @Nullable String origin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                        + encode(password)));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
