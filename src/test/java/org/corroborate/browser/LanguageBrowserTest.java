package org.corroborate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every main view rendered in a real Chromium in English and in French (1366×768), its text read as the user meets
 * it: no missing translation, no enum value shown raw, no word of the other language's interface, French
 * punctuation with its non-breaking space ({@link PageLanguage}). What users and sources wrote is content, left out.
 * A screenshot of each view in each language lands in {@code target/screenshots/views/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LanguageBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void everyMainViewSpeaksOnlyTheUsersLanguage(String locale) {
        String lang = locale.substring(0, 2);
        String base = "http://localhost:" + port;
        PageLanguage language = new PageLanguage(MainViews.content(jdbc));
        Page page = browser.newPage(locale, 1366, 768);
        page.setDefaultTimeout(90_000);
        List<String> problems = new ArrayList<>();
        boolean loggedIn = false;
        for (MainViews.View view : MainViews.all(jdbc)) {
            if (!view.name().equals("login") && !loggedIn) {
                BrowserSession.logIn(page, base, "editor", "editor-demo");
                loggedIn = true;
            }
            long started = System.nanoTime();
            MainViews.open(page, base, view);
            MainViews.screenshot(page, lang, view);
            assertThat(page.locator("html").getAttribute("lang")).as("the page's language on %s", view.name())
                    .isEqualTo(lang);
            System.out.printf("language %s %s: %d ms%n", locale, view.name(), (System.nanoTime() - started) / 1_000_000);
            language.problems(lang, MainViews.texts(page)).forEach(p -> problems.add(view.name() + ": " + p));
        }
        page.context().close();
        assertThat(problems).as("words out of place in %s", locale).isEmpty();
    }
}
