package org.corroborate.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright on Debian's Chromium when it is installed (CI installs it; no browser is downloaded then),
 * elsewhere on the browser Playwright fetches as it normally does.
 */
final class BrowserSession implements AutoCloseable {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final Browser browser;

    BrowserSession() {
        boolean debian = Files.isExecutable(DEBIAN_CHROMIUM);
        Playwright.CreateOptions create = new Playwright.CreateOptions();
        if (debian) {
            create.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        }
        playwright = Playwright.create(create);
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (debian) {
            launch.setExecutablePath(DEBIAN_CHROMIUM);
        }
        browser = playwright.chromium().launch(launch);
    }

    /** A fresh browser context (its own cookies: one person) with one page. */
    Page newPage() {
        return newPage("en-GB", 1400, 900);
    }

    /** A fresh browser context in a language ("fr-FR") with a window of this size. */
    Page newPage(String locale, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    static void logIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
