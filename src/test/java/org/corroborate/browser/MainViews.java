package org.corroborate.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.demo.DemoScenario;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The main views of the app, as an editor reaches them on the demo data (the login page logged out), each opened and
 * waited for until it shows what it is for. The language and accessibility browser tests go through all of them.
 */
final class MainViews {

    /** A view: its name (for messages and screenshots), its address, and what shows once it is drawn. */
    record View(String name, String path, String ready) {
    }

    private MainViews() {
    }

    /** Every main view, the seed story with one of its figures open among them. */
    static List<View> all(JdbcTemplate jdbc) {
        long story = jdbc.queryForObject("select id from story where title = ?", Long.class, DemoScenario.SEED_TITLE);
        long figure = jdbc.queryForObject("select id from figure where story_id = ? and quote = 'plus de 70% du territoire'",
                Long.class, story);
        long report = jdbc.queryForObject("select min(id) from report", Long.class);
        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        return List.of(new View("login", "/login", "vaadin-login-form"),
                new View("stories", "/stories", "vaadin-grid vaadin-grid-cell-content"),
                new View("story", "/story/" + story + "?figure=" + figure, ".figure-panel [data-section=evidence] .evidence-item"),
                new View("queue", "/queue", ".queue-view"),
                new View("notifications", "/notifications", ".notifications-view"),
                new View("reports", "/reports", "vaadin-grid vaadin-grid-cell-content"),
                new View("report", "/report/" + report, ".report-view .highlighted-text"),
                new View("add-report", "/reports/new", "vaadin-text-area"),
                new View("import", "/reports/import", "vaadin-upload"),
                new View("sources", "/sources", "vaadin-grid vaadin-grid-cell-content"),
                new View("source", "/source/" + source, ".source-view"),
                new View("places", "/places", "vaadin-grid vaadin-grid-cell-content"),
                new View("conflicts", "/conflicts", "vaadin-grid"),
                new View("search", "/search?q=Idleb", ".search-view"));
    }

    /** Opens a view and waits until it is drawn and the server has nothing more to send. */
    static void open(Page page, String baseUrl, View view) {
        page.navigate(baseUrl + view.path());
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.locator(view.ready()).first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        // Vaadin's notification "App is running in development mode" is no part of the app.
        page.evaluate("() => document.querySelectorAll('vaadin-dev-tools, copilot-main').forEach(e => e.style.display = 'none')");
    }

    static void screenshot(Page page, String lang, View view) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "views",
                lang + "-" + view.name() + ".png")));
    }

    /**
     * The text a user meets on the page, piece by piece: every visible text node (inside components' shadow roots
     * too), the names and hints given in attributes (aria-label, title, placeholder, alt), and the document's title.
     * Vaadin's development tools are left out. A piece inside a text that users or sources wrote (a story's or a
     * report's text, a search result's title and excerpt) starts with U+0001 ({@link PageLanguage#CONTENT}).
     */
    @SuppressWarnings("unchecked")
    static List<String> texts(Page page) {
        return (List<String>) page.evaluate("""
                () => {
                  const CONTENT = '.highlighted-text, .search-title, .search-snippet';
                  const out = [document.title];
                  const skip = el => /^(COPILOT-|VAADIN-DEV-TOOLS)/.test(el.tagName)
                      || ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(el.tagName);
                  const visible = el => el.checkVisibility ? el.checkVisibility({visibilityProperty: true}) : true;
                  const walk = node => {
                    if (node.nodeType === Node.TEXT_NODE) {
                      const t = node.textContent.trim();
                      if (t && node.parentElement && visible(node.parentElement)) {
                        out.push(node.parentElement.closest(CONTENT) ? '\u0001' + t : t);
                      }
                      return;
                    }
                    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                    if (node.nodeType === Node.ELEMENT_NODE) {
                      if (skip(node)) return;
                      if (visible(node)) {
                        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                          const v = node.getAttribute(a);
                          if (v && v.trim()) out.push(v.trim());
                        }
                      }
                      if (node.shadowRoot) walk(node.shadowRoot);
                    }
                    for (const child of node.childNodes) walk(child);
                  };
                  walk(document.body);
                  return out;
                }""");
    }

    /** What the users and the sources wrote, as stored: shown as is in either language. */
    static List<String> content(JdbcTemplate jdbc) {
        List<String> all = new java.util.ArrayList<>();
        String[] columns = {"story.title", "story.body", "report.title", "report.body", "assertion.quote",
                "assertion.subject", "assertion.place", "assertion.period", "figure.quote", "figure.subject",
                "figure.place", "figure.period", "figure.attribution_mention", "source.name", "source.key",
                "source.reliability_note", "place.name", "app_user.display_name", "comment.body",
                "figure_suggestion.quote", "story.desk", "report.url"};
        for (String column : columns) {
            String[] tc = column.split("\\.");
            all.addAll(jdbc.queryForList("select distinct " + tc[1] + " from " + tc[0] + " where " + tc[1]
                    + " is not null", String.class));
        }
        return all;
    }
}
