package org.corroborate.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.review.ReviewService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A figure's history in words a newsroom reads, in English and in French: no ids, enum names or logins. */
@SpringBootTest
class FigureHistoryDialogTest extends SpringBrowserlessTest {

    private static final String TEXT = "Les frappes ont fait au moins 12 morts à Maaret, selon l'OSDH.";
    private static final Names NAMES = new Names(Map.of("editor", "Eddie Editor"), "System");

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Autowired
    JdbcTemplate jdbc;

    long figureId;
    long assertionId;

    @BeforeEach
    void aFigureWithOneLinkedValue() {
        long storyId = system.call(() -> stories.create("History words " + UUID.randomUUID(), "fr", TEXT));
        figureId = system.call(() -> figures.anchor(storyId, TEXT, TEXT.indexOf("au moins 12 morts"),
                "au moins 12 morts", Quantity.of(Qualifier.AT_LEAST, new BigDecimal("12"), null, "people"),
                new Measure(QuantityKind.DEATHS, "à Maaret", null, null), sources.findByKey("sohr").orElseThrow()));
        assertionId = jdbc.queryForObject("select min(id) from assertion", Long.class);
        system.run(() -> evidence.link(figureId, assertionId, Relation.SUPPORTS));
    }

    @Test
    @WithUserDetails("editor")
    void inEnglishALinkIsTheValueLinkedAndAValueItsKindInWords() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        FigureHistoryDialog dialog = new FigureHistoryDialog(review, figureId, NAMES, () -> { });

        String linked = dialog.changes.words.change(evidenceChange());
        assertThat(linked).startsWith("linked ").contains(", “").endsWith("”, as supporting")
                .doesNotContain(assertionId + ":", "SUPPORTS");
        assertThat(dialog.changes.say("≥ 12 · DEATHS · people")).isEqualTo("≥ 12 · deaths · people");
        assertThat(dialog.changes.say("LAPSED, decided by editor"))
                .isEqualTo("needs approval again (decided by Eddie Editor)");
        assertThat(dialog.changes.say("APPROVED")).isEqualTo("approved");
    }

    @Test
    @WithUserDetails("editor")
    void inFrenchTheSameLinesReadInFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        FigureHistoryDialog dialog = new FigureHistoryDialog(review, figureId, NAMES, () -> { });

        assertThat(dialog.changes.words.change(evidenceChange())).startsWith("lien ajouté\u00a0: ")
                .contains(", « ").endsWith(" », en soutien");
        assertThat(dialog.changes.say("≥ 12 · DEATHS · people")).isEqualTo("≥ 12 · morts · people");
        assertThat(dialog.changes.say("LAPSED, decided by editor"))
                .isEqualTo("à approuver de nouveau (décision de Eddie Editor)");
    }

    private HistoryEntry evidenceChange() {
        return system.call(() -> review.figureHistory(figureId)).changes().stream()
                .filter(h -> History.EVIDENCE_CHANGED.equals(h.action())).findFirst().orElseThrow();
    }
}
