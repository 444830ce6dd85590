package org.corroborate.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.demo.DemoScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every view rendered in French and in English, as an admin sees it (every menu and setting) with the seed story's
 * figure panel open: no missing translation ("!fr:" / "!en:"), and none of the other language's interface words
 * (statuses, kinds, actions) on the page. Page text is read from the components (texts, labels, titles, tooltips,
 * placeholders) and from the first rows of every grid.
 */
@SpringBootTest
class EveryViewInBothLanguagesTest extends SpringBrowserlessTest {

    /** Interface words of English that a French page must not show (whole words, case-sensitive). */
    private static final List<String> ENGLISH = List.of("Evidence", "Suggested", "Approve", "Reject", "History",
            "Comments", "Linked by", "unsupported", "single source", "contested", "corroborated", "superseded",
            "Nobody", "Assigned to", "Export", "Status", "Counts", "Save", "Cancel", "Delete", "Submit", "Publish",
            "Reopen", "Draft", "In review", "DEATHS", "INJURED", "DISPLACED", "APPROVED", "REJECTED", "UNSUPPORTED",
            "CONTESTED", "ASSIGNED", "MB", "supports", "contradicts", "Reports", "Stories", "Settings", "Figures",
            "Search", "figures", "reports", "system", "NGO", "Government", "Armed group", "Media", "Agency");

    /** Interface words of French that an English page must not show. */
    private static final List<String> FRENCH = List.of("Approuver", "Rejeter", "Historique", "Commentaires",
            "Enregistrer", "Annuler", "Exporter", "Relecture", "Brouillon", "Paramètres", "sans appui",
            "source unique", "Personne", "Preuves", "Chiffres", "Rapports", "Mo", "Supprimer", "Rechercher");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void everyViewIsWhollyInFrenchOrWhollyInEnglish() {
        long seed = jdbc.queryForObject("select id from story where title = ?", Long.class, DemoScenario.SEED_TITLE);
        long figure = jdbc.queryForObject("select id from figure where story_id = ? and quote = 'plus de 70% du territoire'",
                Long.class, seed);
        long report = jdbc.queryForObject("select min(id) from report", Long.class);
        long source = jdbc.queryForObject("select min(id) from source", Long.class);
        List<String> routes = List.of("stories", "story/" + seed + "?figure=" + figure, "story/" + seed + "/sheet",
                "reports", "report/" + report, "reports/new", "reports/import", "sources", "source/" + source,
                "queue", "conflicts", "notifications", "search?q=morts", "settings/tolerances", "settings/fetching",
                "settings/tokens", "feeds");
        List<String> problems = new ArrayList<>();
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            for (String route : routes) {
                VaadinSession.getCurrent().setLocale(locale);
                UI.getCurrent().setLocale(locale);
                String[] pathAndQuery = route.split("\\?", 2);
                UI.getCurrent().navigate(pathAndQuery[0], pathAndQuery.length == 1
                        ? com.vaadin.flow.router.QueryParameters.empty()
                        : com.vaadin.flow.router.QueryParameters.fromString(pathAndQuery[1]));
                String page = pageText(UI.getCurrent().getElement());
                // The page was read, in its language: the menu's first entry is there.
                assertThat(page).as("%s %s", locale, route).contains(locale.equals(Locale.FRENCH) ? "Articles" : "Stories");
                check(locale, route, page, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void check(Locale locale, String route, String page, List<String> problems) {
        Matcher missing = Pattern.compile("!(fr|en): ?[\\w.-]+").matcher(page);
        while (missing.find()) {
            problems.add(locale + " " + route + ": missing " + missing.group());
        }
        for (String word : locale.equals(Locale.FRENCH) ? ENGLISH : FRENCH) {
            Matcher found = Pattern.compile("(?<![\\p{L}\\p{N}_.])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}_])")
                    .matcher(page);
            if (found.find()) {
                int from = Math.max(0, found.start() - 40);
                problems.add(locale + " " + route + ": \"" + word + "\" in …" + page.substring(from,
                        Math.min(page.length(), found.end() + 40)).replace('\n', ' ') + "…");
            }
        }
    }

    /** What the page says: texts, labels, titles, placeholders, tooltips, and the first rows of each grid. */
    private String pageText(Element root) {
        StringBuilder text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        if (!element.isVisible()) {
            return;
        }
        for (String attribute : List.of("title", "aria-label", "placeholder", "alt")) {
            String value = element.getAttribute(attribute);
            if (value != null) {
                text.append(value).append('\n');
            }
        }
        for (String property : List.of("label", "placeholder", "helperText", "headerTitle", "header", "text",
                "confirmText", "cancelText", "errorMessage")) {
            Object value = element.getPropertyRaw(property);
            if (value instanceof String s && !s.isBlank()) {
                text.append(s).append('\n');
            }
        }
        element.getComponent().ifPresent(component -> {
            if (component instanceof Grid<?> grid) {
                gridText(grid, text);
            }
            if (component instanceof com.vaadin.flow.component.shared.HasTooltip tip && tip.getTooltip() != null
                    && tip.getTooltip().getText() != null) {
                text.append(tip.getTooltip().getText()).append('\n');
            }
        });
        element.getChildren().forEach(child -> collect(child, text));
    }

    private void gridText(Grid<?> grid, StringBuilder text) {
        grid.getColumns().forEach(c -> {
            if (c.getHeaderText() != null) {
                text.append(c.getHeaderText()).append('\n');
            }
        });
        var rows = test(grid);
        int size = Math.min(rows.size(), 20);
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < grid.getColumns().size(); col++) {
                if (!grid.getColumns().get(col).isVisible()) {
                    continue;
                }
                try {
                    text.append(rows.getCellText(row, col)).append('\n');
                } catch (IllegalArgumentException componentColumn) {
                    // A component column: its components are in the element tree.
                }
            }
        }
    }
}
