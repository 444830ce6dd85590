package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.corroborate.Unique;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.FigureService;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.corroborate.report.AssertionDraft;
import org.corroborate.report.NewReport;
import org.corroborate.report.ReportService;
import org.corroborate.security.SystemAuthentication;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.corroborate.story.StoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new report queues the standings of the figures its assertions may concern, not every figure of the kinds it
 * states (issue 16: with a million figures an import derived most of them again): each derivation stores the scope it
 * looked candidates up in, and a report's assertions are matched against it.
 */
@SpringBootTest(properties = "corroborate.standings.worker=false")
class ConcernedFiguresTest {

    @Autowired ConcernedFigures concerned;
    @Autowired ReportService reports;
    @Autowired StoryService stories;
    @Autowired FigureService figures;
    @Autowired SourceService sources;
    @Autowired SystemAuthentication system;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationContext context;

    private final String unique = Unique.letters();

    @Test
    void aDerivationStoresTheScopeItLookedCandidatesUpIn() {
        long figureId = injuredFigure("Maaret", 50, "2020-03-01T18:00:00Z");

        Map<String, Object> standing = jdbc.queryForMap(
                "select scope_kind, scope_place_id, scope_from, scope_to from figure_standing where figure_id = ?",
                figureId);
        assertThat(standing.get("scope_kind")).isEqualTo("INJURED");
        assertThat(standing.get("scope_place_id")).isEqualTo(placeId("maarat-al-numan"));
        assertThat(((Date) standing.get("scope_to")).toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(((Date) standing.get("scope_from")).toLocalDate()).isBefore(LocalDate.of(2020, 3, 1));
    }

    @Test
    void aReportConcernsTheFiguresOfItsEventNotThoseOfOtherPlacesOrYears() {
        long sameEvent = injuredFigure("Maaret", 50, "2020-03-01T18:00:00Z");
        long withinIt = figure("Idleb", "Les frappes ont fait environ 70 blessés dans la province d'Idleb, selon l'OSDH. ",
                "environ 70 blessés", 70, QuantityKind.INJURED, "blessés", "2020-02-27T18:00:00Z");
        long elsewhere = injuredFigure("Goma", 40, "2020-03-01T18:00:00Z");
        long yearsBefore = injuredFigure("Maaret", 30, "2016-05-10T18:00:00Z");
        long otherKind = killedFigure("Maaret", 12, "2020-03-01T18:00:00Z");

        long reportId = system.call(() -> reports.add(report(Instant.parse("2020-03-03T10:00:00Z"),
                "Plus de 80 blessés à Maaret depuis dimanche, selon l'OSDH. Dépêche " + unique + ".")));

        assertThat(concerned.of(List.of(reportId)))
                .as("the figure of the same place and days, and the one of the province it lies within")
                .contains(sameEvent, withinIt)
                .as("another place, the same place years before, another kind")
                .doesNotContain(elsewhere, yearsBefore, otherKind);
    }

    @Test
    void aStandingDerivedBeforeItsScopeWasStoredIsAlwaysConcerned() {
        long elsewhere = injuredFigure("Goma", 40, "2020-03-01T18:00:00Z");
        jdbc.update("update figure_standing set scope_kind = null, scope_place_id = null, scope_from = null,"
                + " scope_to = null where figure_id = ?", elsewhere);

        long reportId = system.call(() -> reports.add(report(Instant.parse("2020-03-03T10:00:00Z"),
                "Plus de 80 blessés à Maaret depuis dimanche, selon l'OSDH. Dépêche " + unique + ".")));

        assertThat(concerned.of(List.of(reportId))).contains(elsewhere);
    }

    private long injuredFigure(String place, int count, String published) {
        return figure(place, "Les frappes ont fait environ " + count + " blessés à " + place + ", selon l'OSDH. ",
                "environ " + count + " blessés", count, QuantityKind.INJURED, "blessés", published);
    }

    private long killedFigure(String place, int count, String published) {
        return figure(place, "Les frappes ont fait environ " + count + " morts à " + place + ", selon l'OSDH. ",
                "environ " + count + " morts", count, QuantityKind.DEATHS, "morts", published);
    }

    private long figure(String place, String sentence, String quote, int count, QuantityKind kind, String subject,
            String published) {
        String story = sentence + unique;
        long figureId = system.call(() -> {
            long storyId = stories.create("Bilan " + place + " " + UUID.randomUUID(), "fr", story);
            stories.datePublication(storyId, Instant.parse(published));
            return figures.anchor(storyId, story, story.indexOf(quote), quote,
                    Quantity.of(Qualifier.APPROXIMATE, new BigDecimal(count), new BigDecimal(count), null),
                    new Measure(kind, subject, null, null), sources.findByKey("sohr").orElseThrow());
        });
        QueuedStandings.derive(context, figureId); // a new figure's standing is derived after commit (DD016)
        return figureId;
    }

    private NewReport report(Instant published, String text) {
        SourceRef afp = system.call(() -> sources.choices()).stream().filter(s -> s.key().equals("afp"))
                .findFirst().orElseThrow();
        List<AssertionDraft> drafts = system.call(() -> reports.extract(text, "fr", afp));
        return new NewReport("Blessés " + unique, afp, published, "fr", null, text, drafts);
    }

    private long placeId(String key) {
        return jdbc.queryForObject("select id from place where key = ?", Long.class, key);
    }
}
