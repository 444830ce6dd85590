package org.corroborate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An axe-core scan (Deque's axe-core for Playwright Java) of every main view in both languages, the story with a
 * figure open among them: no serious or critical violation of WCAG 2.1 A and AA and axe's best practices. Nothing is
 * left out of the scan but Vaadin's development tools, which the production build does not have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTest {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"en-GB", "fr-FR"})
    void noMainViewHasASeriousOrCriticalViolation(String locale) {
        String base = "http://localhost:" + port;
        Page page = browser.newPage(locale, 1366, 768);
        page.setDefaultTimeout(90_000);
        List<String> violations = new ArrayList<>();
        boolean loggedIn = false;
        for (MainViews.View view : MainViews.all(jdbc)) {
            if (!view.name().equals("login") && !loggedIn) {
                BrowserSession.logIn(page, base, "editor", "editor-demo");
                loggedIn = true;
            }
            long started = System.nanoTime();
            MainViews.open(page, base, view);
            AxeResults results = new AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                    .exclude(List.of("vaadin-dev-tools")).exclude(List.of("copilot-main")).analyze();
            System.out.printf("axe %s %s: %d violations, %d ms%n", locale, view.name(), results.getViolations().size(),
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(results.isErrored()).as("axe ran on %s: %s", view.name(), results.getErrorMessage()).isFalse();
            for (Rule rule : results.getViolations()) {
                if (rule.getImpact() != null && BLOCKING.contains(rule.getImpact())) {
                    for (CheckedNode node : rule.getNodes()) {
                        violations.add(view.name() + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp()
                                + ") at " + node.getTarget() + " " + abbreviate(node.getHtml()) + " — "
                                + abbreviate(node.getFailureSummary()));
                    }
                }
            }
        }
        page.context().close();
        assertThat(violations).as("serious or critical accessibility violations in %s", locale).isEmpty();
    }

    private static String abbreviate(String s) {
        String one = s == null ? "" : s.replaceAll("\\s+", " ");
        return one.length() > 220 ? one.substring(0, 220) + "…" : one;
    }
}
