package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.corroborate.Unique;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.Reliability;
import org.corroborate.source.Source;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Ecuador's election (third walk, H3): the council's "ADN 67 of the 151 seats ... and RC 61" is read, its 151 as the
 * whole the parts are counted from, stored as such through the add-report path, and proposed only as context for the
 * party's claim of "at least 64 seats" (it was "supports", 85, and the claim "corroborated"); the council's 61 for RC
 * is the number that contradicts the claim (its noun, left out in the list, is the item's before: seats). The story's "151-seat Assembly" is still supported by the council's 151.
 * French too: « Sur les 300 salariés du site, 120 seront licenciés » does not back « Au moins 100 salariés du site
 * seront licenciés ».
 */
@SpringBootTest
class WholeOfAPartTest {

    private static final String STORY = "Revolucion Ciudadana (RC) claimed at least 64 seats in the 151-seat Assembly.";
    private static final String COUNCIL = "Preliminary results from the National Electoral Council give ADN 67 of the "
            + "151 seats in the Assembly and RC 61.";
    private static final Instant STORY_TIME = Instant.parse("2026-11-30T20:00:00Z");

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
    void theChambersSizeIsNoSupportForAPartysSeatClaim() {
        String run = Unique.letters();
        Source party = source("rc-" + run, "Revolucion Ciudadana " + run, true);
        Source council = source("cne-" + run, "National Electoral Council " + run, false);
        long storyId = story("Ecuador " + run, STORY);
        long claim = anchor(storyId, STORY, "at least 64", Quantity.of(Qualifier.AT_LEAST, n("64"), null, null),
                "seats", party);
        long size = anchor(storyId, STORY, "151", Quantity.of(Qualifier.EXACT, n("151"), n("151"), null),
                "seats", council);

        List<AssertionDraft> drafts = system.call(() -> reports.extract(COUNCIL, "en", ref(council)));
        assertThat(drafts).extracting(AssertionDraft::quote, AssertionDraft::whole)
                .contains(org.assertj.core.groups.Tuple.tuple("151", true),
                        org.assertj.core.groups.Tuple.tuple("67", false));
        system.call(() -> reports.add(new NewReport("Ecuador results " + run, ref(council), STORY_TIME.plusSeconds(3600),
                "en", null, COUNCIL, drafts, null)));
        QueuedStandings.derive(spring, claim, size);

        List<FigurePanelData.EvidenceSuggestionRow> forClaim = system.call(
                () -> evidence.suggestions(claim, Locale.ENGLISH));
        assertThat(forClaim).filteredOn(s -> s.quote().equals("151")).singleElement()
                .satisfies(s -> assertThat(s.proposed()).isEqualTo(Relation.CONTEXT));
        assertThat(forClaim).as("RC's own count, its noun left out in the list (\"and RC 61\")")
                .filteredOn(s -> s.quote().equals("61")).singleElement()
                .satisfies(s -> assertThat(s.proposed()).isEqualTo(Relation.CONTRADICTS));
        List<FigurePanelData.EvidenceSuggestionRow> forSize = system.call(
                () -> evidence.suggestions(size, Locale.ENGLISH));
        assertThat(forSize).filteredOn(s -> s.quote().equals("151")).singleElement()
                .satisfies(s -> assertThat(s.proposed()).isEqualTo(Relation.SUPPORTS));
    }

    @Test
    void leToutNAppuiePasUnePart() {
        String run = Unique.letters();
        String story = "Au moins 100 salariés du site seront licenciés, selon la CGT.";
        String dispatch = "Sur les 300 salariés du site, 120 seront licenciés, selon la direction " + run + ".";
        Source union = source("cgt-" + run, "CGT " + run, true);
        Source afp = system.call(() -> sources.findByKey("afp").orElseThrow());
        long storyId = story("Licenciements " + run, story);
        long fear = anchor(storyId, story, "Au moins 100", Quantity.of(Qualifier.AT_LEAST, n("100"), null, null),
                "salariés du site", union);

        List<AssertionDraft> drafts = system.call(() -> reports.extract(dispatch, "fr", ref(afp)));
        assertThat(drafts).extracting(AssertionDraft::quote, AssertionDraft::whole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("300", true),
                        org.assertj.core.groups.Tuple.tuple("120", false));
        system.call(() -> reports.add(new NewReport("Plan social " + run, ref(afp), STORY_TIME.plusSeconds(3600),
                "fr", null, dispatch, drafts, null)));
        QueuedStandings.derive(spring, fear);

        assertThat(system.call(() -> evidence.suggestions(fear, Locale.FRENCH)))
                .as("the whole, proposed at most as context").filteredOn(s -> s.quote().equals("300"))
                .noneMatch(s -> s.proposed() == Relation.SUPPORTS);
    }

    private long story(String title, String text) {
        return system.call(() -> {
            long id = stories.create(title, "en", text);
            stories.datePublication(id, STORY_TIME);
            return id;
        });
    }

    private long anchor(long storyId, String text, String quote, Quantity quantity, String subject, Source by) {
        return system.call(() -> figures.anchor(storyId, text, text.indexOf(quote), quote, quantity,
                new Measure(QuantityKind.OTHER, subject, null, null), by));
    }

    private Source source(String key, String name, boolean party) {
        return system.call(() -> sources.register(new Source(key, name, "organisation", party, Reliability.C)));
    }

    private static SourceRef ref(Source s) {
        return new SourceRef(s.getId(), s.getKey(), s.getName(), s.getKind(), s.isParty(), s.getReliability());
    }

    private static BigDecimal n(String number) {
        return new BigDecimal(number);
    }
}
