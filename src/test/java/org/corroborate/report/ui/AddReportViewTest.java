package org.corroborate.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.corroborate.Unique;
import org.corroborate.extraction.Qualifier;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportService;
import org.corroborate.report.ReportText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Adding a report in a browserless UI, on the real database with the demo data. */
@SpringBootTest
@WithUserDetails("factchecker")
class AddReportViewTest extends SpringBrowserlessTest {

    static final String R01 = "Des combats opposent depuis jeudi les forces du régime aux jihadistes et rebelles dans "
            + "le sud de la province d'Idleb. Selon l'OSDH, plus de 60 combattants ont été tués : 38 jihadistes et "
            + "rebelles, et 23 membres des forces prorégime.";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    /** Letters only, so that the extraction engine finds no number in it. */
    private final String unique = Unique.letters();

    @Test
    void aPastedReportIsStoredWithItsFiguresAsCorrected() {
        ReportListView list = navigate(ReportListView.class);
        test(list.add).click();
        AddReportView inbox = (AddReportView) getCurrentView();
        String title = "Idleb " + unique;
        test(inbox.form.title).setValue(title);
        test(inbox.form.publisher).selectItem("AFP");
        test(inbox.form.url).setValue("https://example.org/" + unique);
        test(inbox.form.text).setValue("Dépêche " + unique + ".\n\n" + R01);
        test(inbox.extract).click();
        assertThat(test(inbox.assertions).size()).isEqualTo(3);
        assertThat(test(inbox.assertions).getCellText(0, test(inbox.assertions).getColumnPosition("origin")))
                .isEqualTo("Observatoire syrien des droits de l'homme");

        test((Button) test(inbox.assertions).getCellComponent(0, "edit")).click();
        AssertionDialog dialog = (AssertionDialog) $(Dialog.class).single();
        test(dialog.qualifier).selectItem("at least");
        test(dialog.subject).setValue("combattants des deux camps");
        test(dialog.apply).click();
        test((Button) test(inbox.assertions).getCellComponent(2, "remove")).click();
        test(inbox.save).click();

        assertThat(getCurrentView()).isInstanceOf(ReportView.class);
        long id = jdbc.queryForObject("select id from report where title = ?", Long.class, title);
        assertThat(jdbc.queryForList("select a.qualifier, a.subject, s.key as origin from assertion a "
                + "join source s on s.id = a.origin_id where a.report_id = ? order by a.position", id))
                .extracting(row -> row.get("qualifier") + "|" + row.get("subject") + "|" + row.get("origin"))
                .containsExactly(Qualifier.AT_LEAST.name() + "|combattants des deux camps|sohr",
                        "EXACT|jihadistes et rebelles|sohr");
    }

    /** Third walk, H22: the report form's language was French in the English UI until the text lost its focus. */
    @Test
    void aReportToAddStartsInTheUisLanguage() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        assertThat(navigate(AddReportView.class).form.language.getValue()).isEqualTo("en");
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate(ReportListView.class);
        assertThat(navigate(AddReportView.class).form.language.getValue()).isEqualTo("fr");
    }

    /**
     * Walk F31: in the French UI the calendar said "Today" and "Cancel", and "31/02/2023" only turned the field red.
     */
    @Test
    void theDateFieldSpeaksTheUisLanguageAndSaysWhyATypedDateIsRefused() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        AddReportView french = navigate(AddReportView.class);
        var field = $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).single();

        assertThat(field.getDatePickerI18n().getToday()).isEqualTo("Aujourd’hui");
        assertThat(field.getDatePickerI18n().getCancel()).isEqualTo("Annuler");
        assertThat(field.getDatePickerI18n().getMonthNames()).startsWith("janvier", "février");
        assertThat(field.getDatePickerI18n().getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(field.getI18n().getBadInputErrorMessage()).startsWith("Ce n’est pas une date");
        assertThat(field.getLocale().getLanguage()).isEqualTo("fr");

        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        navigate(ReportListView.class);
        navigate(AddReportView.class);
        var english = $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).single();
        assertThat(english.getDatePickerI18n().getToday()).isEqualTo("Today");
        assertThat(english.getDatePickerI18n().getMonthNames()).startsWith("January");
        assertThat(english.getI18n().getBadInputErrorMessage()).startsWith("This is not a date");
        assertThat(french).isNotNull();
    }

    /**
     * Walk3 H16: the report form of the English UI in a British browser showed "12/1/2026" and refused a day-first
     * date; it reads and shows the day first, and an American browser the month first.
     */
    @Test
    void thePublishedFieldReadsTheDayFirstForABritishBrowserAndTheMonthFirstForAnAmericanOne() {
        browserSays(java.util.Locale.UK);
        navigate(AddReportView.class);
        var british = $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).single();

        assertThat(british.getDatePickerI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(british.getDatePlaceholder()).isEqualTo("dd/mm/yyyy");
        assertThat(british.getLocale()).isEqualTo(java.util.Locale.UK);
        british.setValue(java.time.LocalDateTime.of(2026, 11, 30, 9, 45));
        assertThat(british.getHelperText()).isEqualTo("Read as Monday, 30 November 2026.");

        browserSays(java.util.Locale.US);
        navigate(ReportListView.class);
        navigate(AddReportView.class);
        var american = $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).single();
        assertThat(american.getDatePickerI18n().getDateFormats()).startsWith("MM/dd/yyyy");
        assertThat(american.getDatePlaceholder()).isEqualTo("mm/dd/yyyy");
    }

    /** The English UI, in a browser that asked for {@code locale} (its Accept-Language). */
    private static void browserSays(java.util.Locale locale) {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        com.vaadin.flow.server.WebBrowser browser = org.mockito.Mockito.mockingDetails(session.getBrowser()).isMock()
                ? session.getBrowser() : org.mockito.Mockito.spy(session.getBrowser());
        org.mockito.Mockito.doReturn(locale).when(browser).getLocale();
        session.setBrowser(browser);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    @Test
    void anUploadedHtmlPageFillsTheTitleAndTheText() {
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.upload.upload).upload("ocha.html", "text/html", ("<html><head><title>OCHA " + unique
                + "</title><script>var x = 1;</script></head><body><p>235&nbsp;000 déplacés.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(inbox.form.title.getValue()).isEqualTo("OCHA " + unique);
        assertThat(inbox.form.text.getValue()).isEqualTo("235\u00A0000 déplacés.");
    }

    /**
     * Walk F10: a news page saved from the browser and uploaded kept the site's navigation in its text, took the
     * browser title with the site's suffix, ignored the page's publication time, and its headline's "200" came out
     * as a figure of its own beside the body's "More than 200". It is read as a fetched page is.
     */
    @Test
    void anUploadedNewsPageIsReadAsAFetchedPageIs() throws Exception {
        AddReportView inbox = navigate(AddReportView.class);
        byte[] page;
        try (var in = getClass().getResourceAsStream("/report/saved-cyclone-page.html")) {
            page = in.readAllBytes();
        }

        test(inbox.upload.upload).upload("cyclone.html", "text/html", page);

        assertThat(inbox.form.title.getValue()).isEqualTo("Cyclone Idai: more than 200 dead in Mozambique");
        assertThat(inbox.form.text.getValue()).startsWith("More than 200 people have died in Mozambique")
                .contains("put the toll at 98 dead").doesNotContain("Home").doesNotContain("Most read")
                .doesNotContain("All rights reserved").doesNotContain("Liverpool");
        assertThat(inbox.form.publishedAt.getValue()).isEqualTo(java.time.LocalDateTime.of(2019, 3, 19, 14, 5));
        assertThat(inbox.form.language.getValue()).isEqualTo("en");
    }

    @Test
    void anEmptyUploadIsRefusedWithAMessageAndNothingIsStored() {
        long before = countReports();
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.upload.upload).upload("vide.txt", "text/plain", new byte[0]);

        assertThat(inbox.upload.message.getText()).isEqualTo("The file vide.txt is empty: there is no text to read.");
        assertThat(inbox.form.text.getValue()).isEmpty();
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void aBinaryUploadIsRefusedWithAMessageAndNothingIsStored() {
        long before = countReports();
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.upload.upload).upload("photo.txt", "text/plain",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});

        assertThat(inbox.upload.message.getText()).isEqualTo(
                "The file photo.txt is not a text file (it contains binary data). Upload a .txt, .md or .html file.");
        assertThat(inbox.form.text.getValue()).isEmpty();
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void aTwentyMegabyteUploadIsRefusedNamingTheLimitAndNothingIsStored() {
        long before = countReports();
        AddReportView inbox = navigate(AddReportView.class);
        byte[] huge = "Plus de 60 morts. ".repeat(20 * 1024 * 1024 / 18).getBytes(StandardCharsets.UTF_8);

        test(inbox.upload.upload).upload("enorme.txt", "text/plain", huge);

        assertThat(inbox.upload.message.getText())
                .isEqualTo("The file enorme.txt is too large: reports can be at most 5 MB.");
        assertThat(inbox.upload.upload.getMaxFileSize()).isEqualTo(ReportText.MAX_BYTES);
        assertThat(inbox.form.text.getValue()).isEmpty();
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void extractingWithoutTitlePublisherOrTextMarksEachFieldAndStoresNothing() {
        long before = countReports();
        AddReportView inbox = navigate(AddReportView.class);

        test(inbox.extract).click();

        assertThat(Map.of("title", inbox.form.title.getErrorMessage(), "publisher",
                inbox.form.publisher.getErrorMessage(), "text", inbox.form.text.getErrorMessage()))
                .containsEntry("title", "The report needs a title.")
                .containsEntry("publisher", "Choose who published the report.")
                .containsEntry("text", "Paste the report's text: it cannot be empty.");
        assertThat(inbox.form.title.isInvalid()).isTrue();
        assertThat(inbox.save.isEnabled()).isFalse();
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void aReportAlreadyStoredIsNamedWithALinkToItAndCannotBeSavedAgain() {
        long before = countReports();
        long r01 = jdbc.queryForObject("select id from report where external_key = 'r01'", Long.class);
        AddReportView inbox = navigate(AddReportView.class);
        test(inbox.form.title).setValue("Copie " + unique);
        test(inbox.form.publisher).selectItem("AFP");
        test(inbox.form.text).setValue(R01);

        test(inbox.extract).click();

        assertThat(inbox.duplicate.isVisible()).isTrue();
        assertThat(inbox.duplicate.getElement().getTextRecursively())
                .startsWith("A report with this text is already stored:")
                .endsWith("Plus de 60 morts dans de violents combats à Idleb");
        assertThat($(RouterLink.class, inbox.duplicate).single().getHref()).isEqualTo("report/" + r01);
        assertThat(inbox.save.isEnabled()).isFalse();
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void aReportSavedBySomeoneElseMeanwhileIsNamedInsteadOfStoredTwice() {
        AddReportView inbox = navigate(AddReportView.class);
        String text = "Selon l'OSDH, " + unique + " : plus de 80 blessés.";
        test(inbox.form.title).setValue("Mien " + unique);
        test(inbox.form.publisher).selectItem("AFP");
        test(inbox.form.text).setValue(text);
        test(inbox.extract).click();
        long theirs = reports.add(new NewReport("Leur " + unique, inbox.form.publisher.getValue(), Instant.now(), "fr",
                null, text, List.of()));
        long before = countReports();

        test(inbox.save).click();

        assertThat(getCurrentView()).isSameAs(inbox);
        assertThat($(RouterLink.class, inbox.duplicate).single().getHref()).isEqualTo("report/" + theirs);
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void changingTheTextAfterExtractingAsksToExtractAgain() {
        AddReportView inbox = navigate(AddReportView.class);
        test(inbox.form.title).setValue("Texte " + unique);
        test(inbox.form.publisher).selectItem("AFP");
        test(inbox.form.text).setValue("Texte " + unique + " : 38 morts.");
        test(inbox.extract).click();
        assertThat(inbox.save.isEnabled()).isTrue();

        test(inbox.form.text).setValue("Texte " + unique + " : 39 morts.");

        assertThat(inbox.save.isEnabled()).isFalse();
        assertThat(inbox.status.getText()).startsWith("The text, language or publisher changed");
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerSeesTheReportsButNoAddReport() {
        ReportListView list = navigate(ReportListView.class);

        assertThat(test(list.grid).size()).isPositive();
        assertThat(list.add.isVisible()).isFalse();
        assertThat($(Button.class).withText("Add report").exists()).isFalse();
    }

    @Test
    void aCorrectionWithTheLowNumberAboveTheHighIsRefusedInTheDialog() {
        AddReportView inbox = navigate(AddReportView.class);
        test(inbox.form.title).setValue("Plage " + unique);
        test(inbox.form.publisher).selectItem("AFP");
        test(inbox.form.text).setValue("Entre 15 et 20 kilomètres " + unique + ".");
        test(inbox.extract).click();
        test((Button) test(inbox.assertions).getCellComponent(0, "edit")).click();
        AssertionDialog dialog = (AssertionDialog) $(Dialog.class).single();

        test(dialog.low).setValue(new java.math.BigDecimal("25"));
        test(dialog.apply).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.low.getErrorMessage()).isEqualTo("The low number is above the high one.");
        assertThat(inbox.assertions.drafts().getFirst().low()).isEqualByComparingTo("15");
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotOpenTheInbox() {
        try {
            navigate(AddReportView.class);
        } catch (RuntimeException refused) {
            // rerouted away or refused: either way the inbox is not shown
        }

        assertThat(getCurrentView()).isNotInstanceOf(AddReportView.class);
    }

    private long countReports() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }
}
