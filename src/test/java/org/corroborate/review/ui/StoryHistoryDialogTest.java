package org.corroborate.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.review.ReviewService;
import org.corroborate.review.StoryHistory;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walker F20, the story's side: the story's history names each figure by its words ("Figure “at least 3,958”"), not
 * "Figure 33", and a value linked as evidence by its source, day and words, not "58:SUPPORTS"; in both languages.
 */
@SpringBootTest
class StoryHistoryDialogTest extends SpringBrowserlessTest {

    private static final String TEXT = "Les frappes ont fait au moins 12 morts à Maaret al-Nouman, selon l'OSDH.";
    private static final Names NAMES = new Names(Map.of("factchecker", "Fatima Checker"), "System");

    @Autowired
    StoryService stories;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ReviewService review;

    @Autowired
    SystemAuthentication system;

    @Test
    @WithUserDetails("editor")
    void aFiguresLinesNameItsWordsAndTheValueLinkedInEnglishAndFrench() {
        long storyId = system.call(() -> stories.create("Idleb " + UUID.randomUUID(), "fr", TEXT));
        long figureId = system.call(() -> stories.accept(storyId, stories.suggestions(storyId).stream()
                .filter(s -> s.quote().contains("12")).findFirst().orElseThrow().id(), null));
        EvidenceSuggestionRow linked = system.call(() -> evidence.suggestions(figureId, Locale.ENGLISH)).getFirst();
        system.run(() -> evidence.link(figureId, linked.assertionId(), Relation.SUPPORTS));
        StoryHistory history = review.storyHistory(storyId);
        HistoryEntry added = line(history, "ADDED");
        HistoryEntry evidenceChanged = line(history, History.EVIDENCE_CHANGED);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        HistoryDialog english = new HistoryDialog(history, NAMES);
        assertThat(english.entries.what(added)).isEqualTo("Figure “au moins 12” · added");
        assertThat(english.entries.words.change(evidenceChanged)).startsWith("linked ").contains("“" + linked.quote() + "”")
                .doesNotContain(":SUPPORTS");

        UI.getCurrent().setLocale(Locale.FRENCH);
        HistoryDialog french = new HistoryDialog(history, NAMES);
        assertThat(french.entries.what(added)).startsWith("Chiffre «").contains("au moins 12").doesNotContain(
                String.valueOf(figureId));
    }

    private static HistoryEntry line(StoryHistory history, String action) {
        List<HistoryEntry> lines = history.entries().stream().filter(h -> action.equals(h.action())).toList();
        assertThat(lines).as(action).isNotEmpty();
        return lines.getFirst();
    }
}
