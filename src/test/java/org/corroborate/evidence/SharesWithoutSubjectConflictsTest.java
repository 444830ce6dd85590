package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A general strike in Nigeria (walk of 5 December 2026, G9; DD028): the day after the story, a dispatch gives the
 * ballot's turnout and a ministry's attendance as bare shares and the strike's daily cost as a bare amount. None of
 * them is proposed as support or contradiction of the story's compliance share, and the conflicts list does not fill
 * with "newer value available" on the story's inflation, arrears and poverty figures; the union's newer compliance
 * figure, about the same thing, is still there.
 */
@SpringBootTest
class SharesWithoutSubjectConflictsTest {

    private static final String STORY = "The NLC said more than 90% of public-sector workers stayed home. Inflation "
            + "reached 32.7%, the government said it had paid 3.5bn naira in arrears, and about 87 million people are poor.";
    private static final String DISPATCH = "The union said 61% of members voted, the ministry put attendance at 64%, "
            + "the strike costs 30 to 40 billion naira a day, and the NLC now puts compliance of public-sector workers "
            + "above 95%.";
    private static final Instant STORY_TIME = Instant.parse("2026-12-03T09:00:00Z");

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
    void bareSharesAndAmountsOfADispatchNeitherBackTheStorysFiguresNorFloodTheConflicts() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Source union = source("nlc-" + run, "Nigeria Labour Congress " + run, true);
        Source ministry = source("fmi-" + run, "Federal Ministry of Information " + run, true);
        Source afp = sources("afp");
        long storyId = system.call(() -> {
            long id = stories.create("Strike " + run, "en", STORY);
            stories.datePublication(id, STORY_TIME);
            return id;
        });
        long compliance = anchor(storyId, "more than 90%", Quantity.of(Qualifier.MORE_THAN, n("90"), null, "%"),
                QuantityKind.SHARE, "public-sector workers", union);
        long inflation = anchor(storyId, "32.7%", Quantity.of(Qualifier.EXACT, n("32.7"), n("32.7"), "%"),
                QuantityKind.SHARE, null, ministry);
        long arrears = anchor(storyId, "3.5bn naira", Quantity.of(Qualifier.EXACT, n("3500000000"), n("3500000000"),
                "NGN"), QuantityKind.MONEY, null, ministry);
        long poor = anchor(storyId, "about 87 million", Quantity.of(Qualifier.APPROXIMATE, n("87000000"),
                n("87000000"), null), QuantityKind.OTHER, null, ministry);

        system.run(() -> {
            Report report = new Report("test-" + UUID.randomUUID(), afp, STORY_TIME.plusSeconds(86_400), "en", null,
                    "Nigeria strike, day two", DISPATCH);
            report.state("61%", DISPATCH.indexOf("61%"), union, List.of(),
                    Quantity.of(Qualifier.EXACT, n("61"), n("61"), "%"), new Measure(QuantityKind.SHARE, null, null, null));
            report.state("64%", DISPATCH.indexOf("64%"), ministry, List.of(),
                    Quantity.of(Qualifier.EXACT, n("64"), n("64"), "%"), new Measure(QuantityKind.SHARE, null, null, null));
            report.state("30 to 40 billion naira", DISPATCH.indexOf("30 to 40"), union, List.of(),
                    Quantity.of(Qualifier.RANGE, n("30000000000"), n("40000000000"), "NGN"),
                    new Measure(QuantityKind.MONEY, null, null, null));
            report.state("above 95%", DISPATCH.indexOf("above 95%"), union, List.of(),
                    Quantity.of(Qualifier.MORE_THAN, n("95"), null, "%"),
                    new Measure(QuantityKind.SHARE, "public-sector workers", null, null));
            reports.add(report);
        });
        QueuedStandings.derive(spring, compliance, inflation, arrears, poor);

        List<FigurePanelData.EvidenceSuggestionRow> proposed = system.call(
                () -> evidence.suggestions(compliance, Locale.ENGLISH));
        assertThat(proposed).filteredOn(s -> s.quote().equals("61%") || s.quote().equals("64%"))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.proposed()).isEqualTo(Relation.CONTEXT));
        List<Long> newer = system.call(() -> evidence.conflicts(
                new ConflictQuery(ConflictQuery.Show.NEWER_VALUES, "", Set.of()), 0, 10_000)).stream()
                .map(ConflictRow::figureId).toList();
        assertThat(newer).contains(compliance).doesNotContain(inflation, arrears, poor);
    }

    private long anchor(long storyId, String quote, Quantity quantity, QuantityKind kind, String subject, Source by) {
        return system.call(() -> figures.anchor(storyId, STORY, STORY.indexOf(quote), quote, quantity,
                new Measure(kind, subject, null, null), by));
    }

    private Source source(String key, String name, boolean party) {
        return system.call(() -> sources.register(new Source(key, name, "organisation", party, Reliability.C)));
    }

    private Source sources(String key) {
        return system.call(() -> sources.findByKey(key).orElseThrow());
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }
}
