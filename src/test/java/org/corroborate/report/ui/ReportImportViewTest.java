package org.corroborate.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.corroborate.Unique;
import org.corroborate.report.ImportSummary;
import org.corroborate.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The import view in a browserless UI: the import really runs on the background executor (as the user who
 * started it); the test waits for its future (which completes once the last update is pushed), then lets the UI apply the
 * pushed updates: no sleeping, no timing.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class ReportImportViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String unique = Unique.letters();

    private String line(String title, String text) {
        return "{\"title\": \"" + title + " " + unique + "\", \"publisherKey\": \"afp\", \"publishedAt\": "
                + "\"2019-12-26T08:00:00Z\", \"language\": \"fr\", \"text\": \"" + text + " " + unique + ".\"}";
    }

    @Test
    void anUploadedFileIsImportedInTheBackgroundAndTheRejectedLinesAreListed() throws Exception {
        navigate("reports", com.vaadin.flow.component.Component.class);
        test(((ReportListView) getCurrentView()).importFile).click();
        ReportImportView view = (ReportImportView) getCurrentView();
        String file = String.join("\n", line("Un", "Selon l'OSDH, au moins 12 civils ont été tués"),
                "{\"title\": ", line("Deux", "Près de 80 villages ont été repris"),
                line("Deux bis", "Près de 80 villages ont été repris"));

        test(view.upload).upload("wire.jsonl", "application/jsonl", file.getBytes(StandardCharsets.UTF_8));
        ImportSummary summary = view.running.get(60, TimeUnit.SECONDS);
        applyPushedUpdates();

        assertThat(summary.stored()).isEqualTo(2);
        assertThat(view.progress.getValue()).isEqualTo(view.progress.getMax()).isEqualTo(4);
        assertThat(view.counts.getText()).isEqualTo("Lines read: 4 of 4 · stored: 2 · rejected: 2");
        assertThat(view.message.getText()).isEqualTo("Import of wire.jsonl finished: 2 reports stored, 2 lines rejected.");
        assertThat(view.rejected.isVisible()).isTrue();
        assertThat(test(view.rejected).size()).isEqualTo(2);
        assertThat(test(view.rejected).getCellText(0, test(view.rejected).getColumnPosition("line"))).isEqualTo("2");
        assertThat(test(view.rejected).getCellText(0, test(view.rejected).getColumnPosition("reason")))
                .isEqualTo("The line stops before its JSON is complete (column 11).");
        assertThat(test(view.rejected).getCellText(1, test(view.rejected).getColumnPosition("line"))).isEqualTo("4");
        assertThat(test(view.rejected).getCellText(1, test(view.rejected).getColumnPosition("reason")))
                .isEqualTo("Same text as line 3.");
        assertThat(jdbc.queryForObject("select count(*) from report where title like ?", Long.class, "%" + unique))
                .isEqualTo(2);
    }

    /** Walk F40: the parser's English message stood inside the French sentence. */
    @Test
    void aMalformedLineIsExplainedInFrenchWithWhereItBroke() throws Exception {
        UI.getCurrent().setLocale(Locale.FRENCH);
        ReportImportView view = navigate(ReportImportView.class);
        String file = String.join("\n", line("Un", "Selon l'OSDH, au moins 12 civils ont été tués"),
                "{\"title\": \"Deux\", \"publisherKey\": afp}");

        test(view.upload).upload("depeches.jsonl", "application/jsonl", file.getBytes(StandardCharsets.UTF_8));
        view.running.get(60, TimeUnit.SECONDS);
        applyPushedUpdates();

        assertThat(test(view.rejected).getCellText(0, test(view.rejected).getColumnPosition("reason")))
                .isEqualTo("La ligne n’est pas du JSON valide à partir de la colonne 35\u00a0: «\u00a0afp}\u00a0».");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAMessageAndNothingRuns() {
        ReportImportView view = navigate(ReportImportView.class);

        test(view.upload).upload("latin.jsonl", "application/jsonl",
                line("Latin", "Près de 80").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(view.message.getText())
                .isEqualTo("The file latin.jsonl is not UTF-8 text. Save it as UTF-8 and upload it again.");
        assertThat(view.running).isNull();
        assertThat(view.progress.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotOpenTheImport() {
        navigate("reports/import", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ReportImportView.class);
        assertThat(((ReportListView) navigate(ReportListView.class)).importFile.isVisible()).isFalse();
    }

    /** What the worker thread pushed with {@code ui.access} waits for the session lock, which the test holds. */
    private static void applyPushedUpdates() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }
}
