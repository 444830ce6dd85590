package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.figure.FigureSuggestionRow;
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
 * Walker F28/F29, the fact-checker's path on an earthquake story, in French (the walk's texts) and in English: the
 * story's national toll, attributed to the authority that published it, is offered that authority's own statement of
 * it as support, although the story names a town only as a point of reference ("au sud de Marrakech", "40 km south of
 * Gaziantep") and the authority's communiqué breaks its toll down by province; once it is linked, the same
 * authority's newer toll supersedes the figure. Everything goes through extraction, as pasted texts do.
 */
@SpringBootTest
class OneEventTollsTest {

    private static final Path TEXTS = Path.of("docs/walks/2026-12-04-texts");

    @Autowired
    StoryService stories;

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Autowired
    EvidenceService evidence;

    @Autowired
    SystemAuthentication system;

    @Autowired
    ApplicationContext context;

    @Test
    void theMinistrysOwnTollSupportsTheStorysNationalTollAndItsNewerTollSupersedesIt() throws Exception {
        SourceRef ministry = source("Ministère de l'Intérieur (Maroc)", "ministère de l'Intérieur");
        SourceRef afp = system.call(() -> sources.resolve("AFP").orElseThrow());
        long figureId = storyFigure("Séisme au Maroc", "fr", Files.readString(TEXTS.resolve("seisme.txt")),
                "2023-09-09T16:00:00Z", "2 012");
        report(ministry, "2023-09-09T11:00:00Z", "fr", "frrep1.txt");
        report(afp, "2023-09-11T09:00:00Z", "fr", "frrep2.txt");

        FigureScopeView scope = system.call(() -> evidence.scope(figureId, Locale.FRENCH));
        assertThat(scope.place()).isEqualTo("Maroc");

        EvidenceSuggestionRow own = suggestion(figureId, Locale.FRENCH, "2 012");
        assertThat(own.whoSays()).isEqualTo(ministry.name());
        assertThat(own.proposed()).isEqualTo(Relation.SUPPORTS);
        assertThat(own.why()).noneMatch(w -> w.contains("contexte seulement"));

        system.run(() -> evidence.link(figureId, own.assertionId(), Relation.SUPPORTS));
        FigurePanelData panel = system.call(() -> evidence.panel(figureId, Locale.FRENCH));
        assertThat(panel.standing().status()).isEqualTo(FigureStatus.SUPERSEDED);
        assertThat(panel.standing().explanation()).anyMatch(line -> line.contains("2 946"));
    }

    @Test
    void theDisasterAgencysOwnTollSupportsTheStorysNationalTollAndItsNewerTollSupersedesIt() {
        SourceRef afad = source("Disaster and Emergency Management Authority (Turkey)", "AFAD");
        SourceRef ap = system.call(() -> sources.resolve("AP").orElseThrow());
        String story = """
                ANKARA (AP) - The 7.8-magnitude earthquake that struck southern Turkey before dawn on Monday has \
                killed at least 1,541 people, AFAD said.

                In Hatay province, 380 buildings collapsed and 120 people were pulled alive from the rubble, the \
                governor said. In a village 40 km south of Gaziantep, 14 people died when a mosque fell in.""";
        long figureId = storyFigure("Turkey earthquake", "en", story, "2023-02-06T14:00:00Z", "1,541");
        reports(afad, "2023-02-06T11:30:00Z", "en", "Earthquake: update 4", """
                The death toll from the earthquake centred on Pazarcık has risen to 1,541, AFAD said. In Hatay, 361 \
                people died; in Kahramanmaraş, 437. Search and rescue teams are working in ten provinces.""");
        reports(ap, "2023-02-07T06:00:00Z", "en", "Turkey quake toll rises past 3,000", """
                The number of people killed in the earthquake in Turkey has risen to 3,381, according to AFAD. More \
                than 20,000 people were injured.""");

        long storyId = system.call(() -> evidence.panel(figureId, Locale.ENGLISH).storyId());
        long village = system.call(() -> stories.accept(storyId, stories.suggestions(storyId).stream()
                .filter(s -> s.quote().startsWith("14")).findFirst().orElseThrow().id(), null));
        assertThat(system.call(() -> evidence.scope(village, Locale.ENGLISH)).place())
                .as("a village 40 km south of Gaziantep is in Turkey, not in Gaziantep").isEqualTo("Turkey");

        EvidenceSuggestionRow own = suggestion(figureId, Locale.ENGLISH, "1,541");
        assertThat(own.whoSays()).isEqualTo(afad.name());
        assertThat(own.proposed()).isEqualTo(Relation.SUPPORTS);

        system.run(() -> evidence.link(figureId, own.assertionId(), Relation.SUPPORTS));
        FigurePanelData panel = system.call(() -> evidence.panel(figureId, Locale.ENGLISH));
        assertThat(panel.standing().status()).isEqualTo(FigureStatus.SUPERSEDED);
        assertThat(panel.standing().explanation()).anyMatch(line -> line.contains("3,381"));
    }

    private SourceRef source(String name, String alias) {
        return system.call(() -> sources.resolve(alias).orElseGet(() -> {
            long id = sources.create(new SourceDraft(name, "government", false, Reliability.B, null,
                    List.of(alias))).id();
            return sources.choices().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        }));
    }

    /** Pastes the story, dates it and accepts the suggested figure whose words contain {@code number}. */
    private long storyFigure(String title, String language, String text, String published, String number) {
        return system.call(() -> {
            long storyId = stories.create(title + " " + UUID.randomUUID(), language, text);
            stories.datePublication(storyId, Instant.parse(published));
            FigureSuggestionRow suggested = stories.suggestions(storyId).stream()
                    .filter(s -> s.quote().contains(number)).findFirst().orElseThrow();
            return stories.accept(storyId, suggested.id(), null);
        });
    }

    private void report(SourceRef publisher, String published, String language, String file) throws Exception {
        String text = Files.readString(TEXTS.resolve(file));
        int title = text.indexOf('\n');
        reports(publisher, published, language, text.substring(0, title).strip(), text.substring(title).strip());
    }

    /** Adds a report as the add-report form does: extracted, then saved. */
    private void reports(SourceRef publisher, String published, String language, String title, String text) {
        system.run(() -> {
            var extracted = reports.extract(text, language, publisher);
            reports.add(new NewReport(title, publisher, Instant.parse(published), language, null, text, extracted));
        });
        QueuedStandings.awaitAll(context);
    }

    private EvidenceSuggestionRow suggestion(long figureId, Locale locale, String quote) {
        List<EvidenceSuggestionRow> suggested = system.call(() -> evidence.suggestions(figureId, locale));
        return suggested.stream().filter(s -> s.quote().contains(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("not suggested: " + quote + " in " + suggested.stream()
                        .map(s -> s.quote() + " (" + s.whoSays() + ")").toList()));
    }
}
