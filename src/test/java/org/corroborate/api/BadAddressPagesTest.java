package org.corroborate.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses Tomcat refuses before the app sees them get the app's plain page (problem details under /api/), never
 * Tomcat's "HTTP Status 400" HTML; an address that is no view is "not found" for a signed-in person, not 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadAddressPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/%", "/a%zz", "/story/abc%00", "/x%5C", "/%2F%2F", "/..;/x", "/story/%"})
    void anAddressTomcatCannotReadIsTheAppsPlainPage(String path) throws Exception {
        String answer = raw(path);

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(header(answer, "content-type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
        assertThat(answer).contains("Adresse illisible").doesNotContain("HTTP Status").doesNotContain("Tomcat");
    }

    @Test
    void underTheApiItIsProblemDetails() throws Exception {
        String answer = raw("/api/v1/reports/%");

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(header(answer, "content-type")).startsWith("application/problem+json");
        assertThat(answer).contains("\"status\":400").doesNotContain("<html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/story/abc", "/no-such-page", "/story/12/figure"})
    void anAddressThatIsNoViewIsNotFoundNotForbiddenForASignedInPerson(String path) throws Exception {
        HttpResponse<String> page = signedIn().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("Rien ici").doesNotContain("Forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/stories", "/story/1", "/sources"})
    void theViewsStillOpen(String path) throws Exception {
        HttpResponse<String> page = signedIn().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Rien ici");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpClient signedIn() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base())
                .POST(HttpRequest.BodyPublishers.ofString("username=factchecker&password=factchecker-demo")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        return http;
    }

    /** Sends the request line as given (no client would encode these addresses itself); returns the whole answer. */
    private String raw(String path) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        return answer.lines().takeWhile(l -> !l.isEmpty()).filter(l -> l.toLowerCase().startsWith(name + ":"))
                .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
    }
}
