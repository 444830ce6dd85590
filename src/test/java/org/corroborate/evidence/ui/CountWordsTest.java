package org.corroborate.evidence.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import org.corroborate.evidence.domain.FigureStatus;
import org.junit.jupiter.api.Test;

/**
 * Walk3 H18: counted words agree with their count in French, as the app's translations write them: a story's chips
 * read « 2 corroboré », « 3 dépassé », the bell « 1 non lues ». French puts the plural from 2 (« 0 non lue »); the
 * bell's unread are notifications (feminine).
 */
class CountWordsTest {

    private static final DefaultI18NProvider TEXTS = new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.FRENCH));

    @Test
    void frenchChipsAgreeWithTheirCount() {
        assertThat(fr("status.count.CORROBORATED", 1L)).isEqualTo("1 corroboré");
        assertThat(fr("status.count.CORROBORATED", 2L)).isEqualTo("2 corroborés");
        assertThat(fr("status.count.CONTESTED", 2L)).isEqualTo("2 contestés");
        assertThat(fr("status.count.SUPERSEDED", 3L)).isEqualTo("3 dépassés");
        assertThat(fr("status.count.SUPERSEDED", 1L)).isEqualTo("1 dépassé");
        assertThat(fr("status.count.SINGLE_SOURCE", 4L)).isEqualTo("4 à source unique");
        assertThat(fr("status.count.UNSUPPORTED", 2L)).isEqualTo("2 sans appui");
        assertThat(fr("status.count.pending", 2)).isEqualTo("2 en cours d’évaluation");
    }

    @Test
    void englishChipsCountTheirStatus() {
        assertThat(en("status.count.CORROBORATED", 2L)).isEqualTo("2 corroborated");
        assertThat(en("status.count.SINGLE_SOURCE", 1L)).isEqualTo("1 single source");
        assertThat(en("status.count.pending", 3)).isEqualTo("3 being assessed");
    }

    @Test
    void everyStatusHasAChipInBothLanguages() {
        for (FigureStatus status : FigureStatus.values()) {
            assertThat(en("status.count." + status.name(), 2L)).startsWith("2 ").doesNotContain("!");
            assertThat(fr("status.count." + status.name(), 2L)).startsWith("2 ").doesNotContain("!");
        }
    }

    @Test
    void theBellAndTheOthersNamedAgreeWithTheirCountInFrench() {
        assertThat(fr("notifications.bell", 1L)).isEqualTo("Notifications\u00a0: 1 non lue");
        assertThat(fr("notifications.bell", 3L)).isEqualTo("Notifications\u00a0: 3 non lues");
        assertThat(en("notifications.bell", 1L)).isEqualTo("Notifications: 1 unread");
        assertThat(fr("presence.more", "Fatima, Luc", 1)).isEqualTo("Fatima, Luc et 1 autre");
        assertThat(fr("presence.more", "Fatima, Luc", 4)).isEqualTo("Fatima, Luc et 4 autres");
        assertThat(fr("review.unsettled.more", 1)).isEqualTo("et 1 autre");
        assertThat(fr("story.reextracted", 1)).isEqualTo("Extraction terminée\u00a0: 1 suggestion attend une décision.");
        assertThat(en("story.reextracted", 1)).isEqualTo("Extraction done: 1 suggestion waits for a decision.");
        assertThat(en("story.reextracted", 12)).isEqualTo("Extraction done: 12 suggestions wait for a decision.");
        assertThat(en("report.add.saved", 1)).isEqualTo("Report saved with 1 figure.");
        assertThat(fr("report.add.saved", 3)).isEqualTo("Dépêche enregistrée avec 3 chiffres.");
    }

    private static String fr(String key, Object... params) {
        return TEXTS.getTranslation(key, Locale.FRENCH, params);
    }

    private static String en(String key, Object... params) {
        return TEXTS.getTranslation(key, Locale.ENGLISH, params);
    }
}
