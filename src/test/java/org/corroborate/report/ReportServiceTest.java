package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.corroborate.Unique;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.report.Duplicate.Reason;
import org.corroborate.report.InvalidReportException.Field;
import org.corroborate.report.InvalidReportException.Problem;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The inbox's service on the real database, with the demo sources and reports loaded. */
@SpringBootTest
@RecordApplicationEvents
@WithUserDetails("factchecker")
class ReportServiceTest {

    /** Report r01 of the demo scenario, an AFP dispatch citing the OSDH. */
    static final String R01 = "Des combats opposent depuis jeudi les forces du régime aux jihadistes et rebelles dans "
            + "le sud de la province d'Idleb. Selon l'OSDH, plus de 60 combattants ont été tués : 38 jihadistes et "
            + "rebelles, et 23 membres des forces prorégime.";

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ReportFingerprints fingerprints;

    /** Letters only, so that the extraction engine finds no number in it. */
    private final String unique = Unique.letters();

    @Test
    void theFiguresOfAnAfpDispatchCitingTheOsdhAreExtractedWithSohrAsOrigin() {
        List<AssertionDraft> drafts = reports.extract(R01, "fr", source("afp"));

        assertThat(drafts).extracting(AssertionDraft::quote).containsExactly("plus de 60", "38", "23");
        assertThat(drafts).extracting(d -> d.origin().key()).containsOnly("sohr");
        assertThat(drafts).extracting(AssertionDraft::attribution).containsOnly("l'OSDH");
        assertThat(drafts.getFirst().qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(drafts).extracting(AssertionDraft::kind).containsOnly(QuantityKind.DEATHS);
    }

    @Test
    void aFigureAttributedToNobodyHasThePublisherAsOrigin() {
        List<AssertionDraft> drafts = reports.extract("Au moins 12 civils ont été tués jeudi.", "fr", source("afp"));

        assertThat(drafts).singleElement().satisfies(d -> assertThat(d.origin().key()).isEqualTo("afp"));
    }

    @Test
    void ingestingR01AsANewAfpReportStoresThreeAssertionsWithOriginSohrInOneGo() {
        String text = "Dépêche " + unique + ".\n\n" + R01;
        NewReport draft = report("Idleb " + unique, "https://example.org/" + unique, text,
                reports.extract(text, "fr", source("afp")));

        long id = reports.add(draft);

        assertThat(jdbc.queryForList("select s.key from assertion a join source s on s.id = a.origin_id "
                + "where a.report_id = ? order by a.position", String.class, id)).containsExactly("sohr", "sohr", "sohr");
        assertThat(jdbc.queryForObject("select s.key from report r join source s on s.id = r.publisher_id "
                + "where r.id = ?", String.class, id)).isEqualTo("afp");
        assertThat(events.stream(ReportAdded.class)).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(id);
            assertThat(e.kinds()).containsExactly(QuantityKind.DEATHS);
        });
    }

    @Test
    void correctionsMadeBeforeSavingAreWhatIsStored() {
        String text = "Bilan " + unique + " : plus de 60 morts selon l'OSDH.";
        AssertionDraft found = reports.extract(text, "fr", source("afp")).getFirst();
        AssertionDraft corrected = new AssertionDraft(found.quote(), found.start(), Qualifier.AT_LEAST, found.low(),
                null, null, QuantityKind.DEATHS, "combattants", "depuis jeudi", found.attribution(), source("sohr"),
                List.of(source("sana")));

        long id = reports.add(report("Bilan " + unique, null, text, List.of(corrected)));

        assertThat(jdbc.queryForMap("select qualifier, subject, period from assertion where report_id = ?", id))
                .containsEntry("qualifier", "AT_LEAST").containsEntry("subject", "combattants")
                .containsEntry("period", "depuis jeudi");
        assertThat(jdbc.queryForList("select s.key from assertion_via v join assertion a on a.id = v.assertion_id "
                + "join source s on s.id = v.source_id where a.report_id = ?", String.class, id)).containsExactly("sana");
    }

    @Test
    void aReportWithTheAddressOfAStoredOneIsRefusedNamingItAndNothingIsStored() {
        long first = reports.add(report("Premier " + unique, "https://Example.org/" + unique + "/bilan",
                "Premier texte " + unique, List.of()));
        long before = countReports();

        assertThatThrownBy(() -> reports.add(report("Second " + unique, "HTTPS://example.ORG/" + unique + "/bilan/#haut",
                "Un autre texte " + unique, List.of())))
                .isInstanceOfSatisfying(DuplicateReportException.class, e -> {
                    assertThat(e.duplicate().reason()).isEqualTo(Reason.SAME_URL);
                    assertThat(e.duplicate().existing().id()).isEqualTo(first);
                    assertThat(e.duplicate().existing().title()).isEqualTo("Premier " + unique);
                });
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void aReportWithTheTextOfAStoredOneIsRefusedEvenWithOtherSpacingAndNothingIsStored() {
        long first = reports.add(report("Premier " + unique, null, "Selon l'OSDH, " + unique + " plus de 60 morts.",
                List.of()));
        long before = countReports();

        assertThatThrownBy(() -> reports.add(report("Copie " + unique, "https://example.net/" + unique,
                "  Selon l'OSDH,\n" + unique + "   plus de 60\u00A0morts.  ", List.of())))
                .isInstanceOfSatisfying(DuplicateReportException.class, e -> {
                    assertThat(e.duplicate().reason()).isEqualTo(Reason.SAME_TEXT);
                    assertThat(e.duplicate().existing().id()).isEqualTo(first);
                });
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void theDemoReportR01PastedAgainIsFoundAsItsDuplicate() {
        long r01 = jdbc.queryForObject("select id from report where external_key = 'r01'", Long.class);

        assertThat(reports.findDuplicate(null, "\n" + R01.replace(" ", "  ") + "\n"))
                .hasValueSatisfying(d -> assertThat(d.existing().id()).isEqualTo(r01));
    }

    @Test
    void aReportWithoutTitlePublisherOrTextIsRefusedNamingEachAndNothingIsStored() {
        long before = countReports();

        assertThatThrownBy(() -> reports.add(new NewReport(" ", null, Instant.now(), "fr", "not a url", "  ",
                List.of()))).isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).containsExactlyInAnyOrder(Field.TITLE, Field.PUBLISHER, Field.URL,
                                Field.TEXT));
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void anAssertionWhoseQuoteIsNotAtItsPlaceInTheTextStoresNeitherTheReportNorAnyAssertion() {
        String text = "Texte " + unique + " : 38 morts et 23 blessés.";
        List<AssertionDraft> drafts = reports.extract(text, "fr", source("afp"));
        AssertionDraft misplaced = new AssertionDraft("38", 0, Qualifier.EXACT, null, null, null, QuantityKind.DEATHS,
                null, null, null, source("afp"), List.of());
        long before = countReports();

        assertThatThrownBy(() -> reports.add(report("Texte " + unique, null, text,
                List.of(drafts.getFirst(), misplaced)))).isInstanceOf(InvalidReportException.class);
        assertThat(countReports()).isEqualTo(before);
        assertThat(events.stream(ReportAdded.class)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotAddAReport() {
        long before = countReports();

        assertThatThrownBy(() -> reports.add(report("Lecteur " + unique, null, "Texte " + unique, List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(countReports()).isEqualTo(before);
    }

    @Test
    void reportsStoredBeforeFingerprintsGetThemAtStart() {
        long id = reports.add(report("Ancien " + unique, "https://example.org/" + unique + "/", "Ancien " + unique,
                List.of()));
        jdbc.update("update report set text_hash = null, url_key = null where id = ?", id);

        fingerprints.run(null);

        assertThat(jdbc.queryForMap("select text_hash, url_key from report where id = ?", id))
                .containsEntry("text_hash", ReportText.fingerprint("Ancien " + unique))
                .containsEntry("url_key", "https://example.org/" + unique);
    }

    private NewReport report(String title, String url, String text, List<AssertionDraft> assertions) {
        return new NewReport(title, source("afp"), Instant.parse("2019-12-20T14:00:00Z"), "fr", url, text,
                assertions);
    }

    private SourceRef source(String key) {
        return sources.choices().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private long countReports() {
        return jdbc.queryForObject("select count(*) from report", Long.class);
    }
}
