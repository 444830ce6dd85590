package org.corroborate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Walk F31: a time typed out of range in Add report ("25:99", "7h75") silently became another time (02:39). It is
 * refused with the field's message in the page's language, and what was typed stays in the field; a time in range is
 * still taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedTimeBrowserTest {

    @RegisterExtension
    static final BrowserSession browser = BrowserSession.perTestClass();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr-FR | 25:99 | Ce n’est pas une date et une heure valables",
        "fr-FR | 7h75  | Ce n’est pas une date et une heure valables",
        "en-GB | 25:99 | This is not a date and time",
        "en-GB | 24:00 | This is not a date and time",
    })
    void aTimeOutOfRangeIsRefusedInThePagesLanguageAndKeptAsTyped(String locale, String typed, String message) {
        Page page = reportForm(locale);
        Locator time = page.locator("vaadin-date-time-picker vaadin-time-picker input");

        time.fill(typed);
        time.press("Tab");

        Locator error = page.locator("vaadin-date-time-picker > [slot='error-message']");
        PlaywrightAssertions.assertThat(error).containsText(message);
        assertThat(time.inputValue()).isEqualTo(typed);
        page.context().close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"fr-FR | 7h30 | 07:30", "en-GB | 09:45 | 09:45", "en-US | 09:45 | 9:45 AM"})
    void aTimeInRangeIsTaken(String locale, String typed, String shown) {
        Page page = reportForm(locale);
        Locator time = page.locator("vaadin-date-time-picker vaadin-time-picker input");

        time.fill(typed);
        time.press("Tab");

        PlaywrightAssertions.assertThat(time).hasValue(shown);
        PlaywrightAssertions.assertThat(page.locator("vaadin-date-time-picker")).not().hasAttribute("invalid", "");
        page.context().close();
    }

    /** Add report with its day set, so that only the time is typed. */
    private Page reportForm(String locale) {
        String base = "http://localhost:" + port;
        Page page = browser.newPage(locale, 1366, 768);
        page.setDefaultTimeout(60_000);
        BrowserSession.logIn(page, base, "factchecker", "factchecker-demo");
        page.navigate(base + "/reports/new");
        page.locator("vaadin-date-time-picker vaadin-time-picker input").waitFor();
        page.locator("vaadin-date-time-picker vaadin-date-picker").evaluate("p => p.value = '2019-03-18'");
        return page;
    }
}
