package org.corroborate.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walk F16: a pasted story's dateline proposes when it ran, in the UI's language; the field stays empty until the
 * person takes the day, and a dateline without a year says so.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class DatelineProposalTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFrenchDatelineProposesItsDayWhichIsStoredOnlyOnceTaken() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        NewStoryDialog dialog = paste();
        String title = "Séisme " + UUID.randomUUID();
        test(dialog.title).setValue(title);
        test(dialog.text).setValue("Le bilan du séisme s'alourdit\n\nRABAT, 9 septembre 2023 (AFP) - Le séisme a fait "
                + "au moins 2 012 morts, selon le ministère de l'Intérieur.");

        assertThat(dialog.dateline.isVisible()).isTrue();
        assertThat(dialog.dateline.proposal.getText())
                .isEqualTo("D’après l’en-tête de la dépêche « RABAT, 9 septembre 2023 (AFP) »\u00a0: 9 sept. 2023.");
        assertThat(dialog.dateline.use.getText()).isEqualTo("Utiliser cette date");
        assertThat(dialog.published.getValue()).as("a proposal, not a value").isNull();

        test(dialog.dateline.use).click();
        assertThat(dialog.published.getValue()).isEqualTo(LocalDateTime.of(2023, 9, 9, 0, 0));
        assertThat(dialog.dateline.isVisible()).isFalse();
        test(dialog.save).click();

        assertThat(jdbc.queryForObject("select published_at from story where title = ?", Timestamp.class, title)
                .toInstant()).isEqualTo(Instant.parse("2023-09-09T00:00:00Z"));
    }

    @Test
    void anEnglishDatelineWithoutAYearProposesTheLatestPastDayAndSaysSo() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        NewStoryDialog dialog = paste();
        test(dialog.title).setValue("Idai " + UUID.randomUUID());
        test(dialog.text).setValue("MAPUTO, March 18 (Reuters) - Cyclone Idai has killed at least 242 people in "
                + "Mozambique, the disaster agency said on Monday.");

        assertThat(dialog.dateline.proposal.getText()).startsWith("From the dateline “MAPUTO, March 18 (Reuters)”: ")
                .endsWith("(it gives no year: the latest one past).");
        assertThat(dialog.published.getValue()).isNull();

        test(dialog.dateline.use).click();
        LocalDate taken = dialog.published.getValue().toLocalDate();
        assertThat(taken.getMonthValue()).isEqualTo(3);
        assertThat(taken.getDayOfMonth()).isEqualTo(18);
        assertThat(taken).isBeforeOrEqualTo(LocalDate.now(ZoneOffset.UTC))
                .isAfter(LocalDate.now(ZoneOffset.UTC).minusYears(1));
    }

    /**
     * Walk3 H16: in the English UI of a British browser, "Use this date" filled "11/30/2026"; the field it fills
     * shows and reads the day first, and spells the day out.
     */
    @Test
    void inABritishBrowserTheDayTakenFromTheDatelineIsShownDayFirst() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        com.vaadin.flow.server.WebBrowser browser = org.mockito.Mockito.spy(session.getBrowser());
        org.mockito.Mockito.doReturn(Locale.UK).when(browser).getLocale();
        session.setBrowser(browser);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        NewStoryDialog dialog = paste();
        test(dialog.text).setValue("LONDON, 3 December 2025 (Reuters) - Storm Bram has left at least 2 people dead, "
                + "police said.");
        assertThat(dialog.dateline.proposal.getText()).endsWith(": 3 Dec 2025.");

        test(dialog.dateline.use).click();

        assertThat(dialog.published.getValue()).isEqualTo(LocalDateTime.of(2025, 12, 3, 0, 0));
        assertThat(dialog.published.getDatePickerI18n().getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(dialog.published.getLocale()).isEqualTo(Locale.UK);
        assertThat(dialog.published.getHelperText()).startsWith("Read as Wednesday, 3 December 2025.");
    }

    @Test
    void aStoryWithoutADatelineProposesNothing() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        NewStoryDialog dialog = paste();
        test(dialog.text).setValue("RABAT (AFP) - The quake killed at least 2,012 people, the interior ministry said.");

        assertThat(dialog.dateline.isVisible()).isFalse();
        assertThat(dialog.published.getValue()).isNull();
    }

    private NewStoryDialog paste() {
        StoryListView list = navigate(StoryListView.class);
        test(list.paste).click();
        return (NewStoryDialog) $(Dialog.class).single();
    }
}
