package org.corroborate.demo;

import java.util.List;
import java.util.Locale;
import org.corroborate.demo.DemoScenario.DemoAssertion;
import org.corroborate.demo.DemoScenario.DemoFigure;
import org.corroborate.demo.DemoScenario.DemoReport;
import org.corroborate.demo.DemoScenario.DemoSource;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData.EvidenceSuggestionRow;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.Report;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.Source;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo scenario through the features' own services, as the system user, in one transaction.
 * What exists already (by source key, report key, story title) is left alone, so loading twice changes nothing.
 * Whether to load is read when the app runs, not as a bean condition: the production jar's bean definitions are
 * fixed at build time (Spring AOT), and {@code -Dcorroborate.demo.enabled=true} must still work with it.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final SourceService sources;
    private final ReportService reports;
    private final StoryService stories;
    private final FigureService figures;
    private final TransactionTemplate transaction;
    private final SystemAuthentication system;
    private final EvidenceService evidence;
    private final boolean enabled;

    DemoDataLoader(@Value("${corroborate.demo.enabled}") boolean enabled, SourceService sources, ReportService reports, StoryService stories, FigureService figures,
            EvidenceService evidence, TransactionTemplate transaction, SystemAuthentication system) {
        this.enabled = enabled;
        this.system = system;
        this.evidence = evidence;
        this.sources = sources;
        this.reports = reports;
        this.stories = stories;
        this.figures = figures;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        system.run(() -> transaction.executeWithoutResult(status -> load(DemoScenario.load())));
    }

    void load(DemoScenario scenario) {
        int added = 0;
        for (DemoSource s : scenario.sources()) {
            if (sources.findByKey(s.key()).isEmpty()) {
                Source source = new Source(s.key(), s.name(), s.kind(), s.party(), Reliability.valueOf(s.reliability()));
                source.addAliases(s.aliases());
                sources.register(source);
                added++;
            }
        }
        for (DemoReport r : scenario.reports()) {
            if (!reports.existsWithKey(r.id())) {
                reports.add(report(r));
                added++;
            }
        }
        if (stories.findByTitle(DemoScenario.SEED_TITLE).isEmpty()) {
            loadSeedStory(scenario);
            added++;
        }
        if (added > 0) {
            log.info("Demo data loaded: {} new sources, reports or stories", added);
        }
    }

    private Report report(DemoReport r) {
        Report report = new Report(r.id(), source(r.publisher()), r.published(), r.language(), r.url(), r.title(),
                r.text());
        int from = 0;
        for (DemoAssertion a : r.assertions()) {
            int start = locate(r.text(), a.quote(), from, r.id());
            List<Source> via = a.via() == null ? List.of() : a.via().stream().map(this::source).toList();
            report.state(a.quote(), start, source(a.origin()), via,
                    Quantity.of(Qualifier.fromLabel(a.qualifier()), a.low(), a.high(), a.unit()),
                    new Measure(QuantityKind.fromLabel(a.kind()), a.subject(), null, a.period()));
        }
        return report;
    }

    private void loadSeedStory(DemoScenario scenario) {
        String text = DemoScenario.seedStoryText();
        long storyId = stories.create(DemoScenario.SEED_TITLE, scenario.story().language(), text);
        stories.datePublication(storyId, scenario.story().published());
        for (DemoFigure f : scenario.story().figures()) {
            int start = locate(text, f.quote(), 0, "the seed story");
            long figureId = figures.anchor(storyId, text, start, f.quote(),
                    Quantity.of(Qualifier.fromLabel(f.qualifier()), f.low(), f.high(), f.unit()),
                    new Measure(QuantityKind.fromLabel(f.kind()), f.subject(), null, f.period()),
                    f.attribution() == null ? null : source(f.attribution()));
            if (f.expect() != null) {
                linkExpectedEvidence(figureId, f.expect());
            }
        }
    }

    /**
     * Links, as a fact-checker would, the reports the scenario names for a figure: from each, the
     * assertion the ranker suggests first for it (a report may state several values of one kind).
     */
    private void linkExpectedEvidence(long figureId, DemoScenario.Expect expect) {
        List<EvidenceSuggestionRow> suggestions = evidence.panel(figureId, Locale.ENGLISH).suggestions();
        link(figureId, suggestions, expect.supportedByOrNone(), Relation.SUPPORTS);
        link(figureId, suggestions, expect.contradictedByOrNone(), Relation.CONTRADICTS);
        link(figureId, suggestions, expect.earlierOrNone(), Relation.CONTEXT);
    }

    private void link(long figureId, List<EvidenceSuggestionRow> suggestions, List<String> reportKeys, Relation relation) {
        for (String key : reportKeys) {
            long reportId = reports.idOfKey(key).orElseThrow();
            EvidenceSuggestionRow best = suggestions.stream().filter(s -> s.reportId() == reportId).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No suggestion from " + key + " for figure " + figureId));
            evidence.link(figureId, best.assertionId(), relation);
        }
    }

    private Source source(String key) {
        return sources.findByKey(key).orElseThrow(() -> new IllegalStateException("Demo source missing: " + key));
    }

    private static int locate(String text, String quote, int from, String where) {
        int start = text.indexOf(quote, from);
        if (start < 0) {
            start = text.indexOf(quote);
        }
        if (start < 0) {
            throw new IllegalStateException("Demo quote \"" + quote + "\" not found in " + where);
        }
        return start;
    }
}
