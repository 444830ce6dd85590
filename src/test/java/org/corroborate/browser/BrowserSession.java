package org.corroborate.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Playwright on the system's Chromium ({@code $CORROBORATE_CHROMIUM}, else Debian's); never a downloaded browser.
 * The build provides it before the tests run ({@code .mvn/chromium.sh}, which looks at the same paths).
 */
final class BrowserSession implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

    private @Nullable Playwright playwright;
    private @Nullable Browser browser;

    /** A browser started now, closed by the caller. */
    BrowserSession() {
        start();
    }

    private BrowserSession(boolean startNow) {
        if (startNow) {
            start();
        }
    }

    /**
     * A browser for a test class, as {@code @RegisterExtension static final BrowserSession browser =
     * BrowserSession.perTestClass();}: started before the class's tests, closed after them.
     */
    static BrowserSession perTestClass() {
        return new BrowserSession(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (browser == null) {
            start();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void start() {
        Path chromium = chromium();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions launch = new BrowserType.LaunchOptions().setHeadless(true)
                .setExecutablePath(chromium)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        browser = playwright.chromium().launch(launch);
    }

    private static Path chromium() {
        Stream<String> candidates = Stream.concat(Stream.ofNullable(System.getenv("CORROBORATE_CHROMIUM")),
                CHROMIUM.stream());
        return candidates.filter(p -> !p.isBlank()).map(Path::of).filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("The browser tests need Chromium: install it"
                        + " (Debian/Ubuntu: 'sudo apt-get install chromium') or set CORROBORATE_CHROMIUM."));
    }

    /** A fresh browser context (its own cookies: one person) with one page. */
    Page newPage() {
        return newPage("en-GB", 1400, 900);
    }

    /** A fresh browser context in a language ("fr-FR") with a window of this size. */
    Page newPage(String locale, int width, int height) {
        if (browser == null) {
            throw new IllegalStateException("the browser is not started (register the session as an extension)");
        }
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
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
