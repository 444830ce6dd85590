package org.corroborate.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
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
import org.springframework.context.ApplicationContext;

/**
 * A story and reports as a fact-checker brings them, for the tests of what the ranker proposes: the story pasted and
 * dated, a suggested figure accepted, reports extracted and saved as the add-report form does, the standings derived,
 * and the evidence suggestions read. Each test picks a publication time of its own, away from the other tests'
 * reports (which its figures would otherwise be offered too).
 */
final class EvidenceScenario {

    private final ApplicationContext spring;
    private final SystemAuthentication system;
    private final Instant published;

    EvidenceScenario(ApplicationContext spring, Instant published) {
        this.spring = spring;
        this.system = spring.getBean(SystemAuthentication.class);
        this.published = published;
    }

    /** Pastes the story, dates it and accepts the suggested figure whose words are {@code quote}. */
    long storyFigure(String title, String language, String text, String quote) {
        StoryService stories = spring.getBean(StoryService.class);
        return system.call(() -> {
            long storyId = stories.create(title, language, text);
            stories.datePublication(storyId, published);
            FigureSuggestionRow suggested = stories.suggestions(storyId).stream()
                    .filter(s -> s.quote().equals(quote)).findFirst()
                    .orElseThrow(() -> new AssertionError("no suggestion « " + quote + " » in: " + text));
            return stories.accept(storyId, suggested.id(), null);
        });
    }

    /** A new source, neither party nor registered before. */
    SourceRef source(String name) {
        SourceService sources = spring.getBean(SourceService.class);
        return system.call(() -> {
            long id = sources.create(new SourceDraft(name, "government", false, Reliability.B, null, List.of())).id();
            return sources.choices().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        });
    }

    /** Adds a report as the add-report form does, extracted then saved, an hour after the story; standings derived. */
    void report(SourceRef publisher, String language, String title, String text) {
        ReportService reports = spring.getBean(ReportService.class);
        List<AssertionDraft> drafts = system.call(() -> reports.extract(text, language, publisher));
        system.run(() -> reports.add(new NewReport(title, publisher, published.plusSeconds(3600), language, null, text,
                drafts)));
        QueuedStandings.awaitAll(spring);
    }

    /** The evidence suggested for the figure whose quote is {@code quote}. */
    EvidenceSuggestionRow suggestion(long figureId, Locale locale, String quote) {
        EvidenceService evidence = spring.getBean(EvidenceService.class);
        List<EvidenceSuggestionRow> suggested = system.call(() -> evidence.suggestions(figureId, locale));
        return suggested.stream().filter(s -> s.quote().equals(quote)).findFirst()
                .orElseThrow(() -> new AssertionError("not suggested: " + quote + " in " + suggested.stream()
                        .map(s -> s.quote() + " (" + s.whoSays() + ")").toList()));
    }
}
