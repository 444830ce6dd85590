package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corroborate.Unique;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSuggestionRow;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Whose count it is, end to end (third walk, the holder of a count): a story's figure accepted from the suggestions
 * keeps the holder the engine read ("RC" of "RC claimed at least 64 seats"); a report's numbers keep theirs ("ADN 67
 * ... and RC 61"); the ranker proposes another party's count as context only, with the reason, and the holder's own
 * count as it compares. Before, ADN's 67 seats supported RC's "at least 64" (both "seats"). In French too.
 */
@SpringBootTest
class HolderOfACountTest {

    @Autowired
    StoryService stories;

    @Autowired
    FigureService figures;

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ApplicationContext spring;

    @Test
    void anotherPartysSeatsAreNoSupportForAPartysClaim() {
        String run = Unique.letters();
        long claim = storyFigure("Ecuador " + run, "en",
                "Revolucion Ciudadana (RC) claimed at least 64 seats in the new Assembly on Sunday. " + run,
                "at least 64");
        assertThat(system.call(() -> figures.value(claim)).draft().holder()).isEqualTo("Revolucion Ciudadana (RC)");
        assertThat(system.call(() -> evidence.panel(claim, Locale.ENGLISH)).holder()).isEqualTo("Revolucion Ciudadana (RC)");

        SourceRef council = source("National Electoral Council " + run);
        report(council, "en", "Ecuador results " + run, "Preliminary results from the National Electoral Council give "
                + "ADN 67 of the 151 seats in the Assembly and RC 61. " + run);

        EvidenceSuggestionRow adn = suggestion(claim, Locale.ENGLISH, "67");
        assertThat(adn.proposed()).isEqualTo(Relation.CONTEXT);
        assertThat(adn.why()).contains("This counts what ADN holds, the figure what Revolucion Ciudadana (RC) holds: "
                + "context only");
        assertThat(suggestion(claim, Locale.ENGLISH, "61").proposed()).as("RC's own count").isEqualTo(Relation.CONTRADICTS);
    }

    @Test
    void lesSiegesDUnAutrePartiNAppuientPasLeChiffreDUnParti() {
        String run = Unique.letters();
        long claim = storyFigure("Grand Conseil " + run, "fr",
                "Le PS a obtenu au moins 12 sièges au Grand Conseil, selon le parti. " + run, "au moins 12");
        assertThat(system.call(() -> figures.value(claim)).draft().holder()).isEqualTo("PS");

        SourceRef chancellery = source("Chancellerie d'Etat " + run);
        report(chancellery, "fr", "Résultats " + run, "Selon les résultats définitifs, le PLR obtient 28 sièges et le "
                + "PS 9. " + run);

        EvidenceSuggestionRow plr = suggestion(claim, Locale.FRENCH, "28");
        assertThat(plr.proposed()).isEqualTo(Relation.CONTEXT);
        assertThat(plr.why()).contains("Ceci compte ce que détient PLR, le chiffre ce que détient PS\u00a0: contexte seulement");
        assertThat(suggestion(claim, Locale.FRENCH, "9").proposed()).isEqualTo(Relation.CONTRADICTS);
    }

    /** Pastes the story, dates it and accepts the suggested figure whose words are {@code quote}. */
    private long storyFigure(String title, String language, String text, String quote) {
        return system.call(() -> {
            long storyId = stories.create(title, language, text);
            stories.datePublication(storyId, Instant.parse("2025-04-13T20:00:00Z"));
            FigureSuggestionRow suggested = stories.suggestions(storyId).stream()
                    .filter(s -> s.quote().equals(quote)).findFirst().orElseThrow();
            return stories.accept(storyId, suggested.id(), null);
        });
    }

    private SourceRef source(String name) {
        return system.call(() -> {
            long id = sources.create(new SourceDraft(name, "government", false, Reliability.B, null, List.of())).id();
            return sources.choices().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        });
    }

    /**
     * Adds a report as the add-report form does: extracted, then saved, an hour after the story (in April 2025, away
     * from the other election tests' reports, which this figure would otherwise be offered too).
     */
    private void report(SourceRef publisher, String language, String title, String text) {
        List<AssertionDraft> drafts = system.call(() -> reports.extract(text, language, publisher));
        system.run(() -> reports.add(new NewReport(title, publisher, Instant.parse("2025-04-13T21:00:00Z"), language,
                null, text, drafts)));
        QueuedStandings.awaitAll(spring);
    }

    private EvidenceSuggestionRow suggestion(long figureId, Locale locale, String quote) {
        List<EvidenceSuggestionRow> suggested = system.call(() -> evidence.suggestions(figureId, locale));
        return suggested.stream().filter(s -> s.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("not suggested: " + quote + " in " + suggested.stream()
                        .map(s -> s.quote() + " (" + s.whoSays() + ")").toList()));
    }
}
