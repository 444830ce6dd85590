package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.corroborate.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Bulk import of JSON Lines on the real database, with the demo sources and reports loaded. */
@SpringBootTest
@RecordApplicationEvents
@WithUserDetails("factchecker")
class ReportImportServiceTest {

    @Autowired
    ReportImportService imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    /** Letters only, so that the extraction engine finds no number in it. */
    private final String unique = Unique.letters();

    static String line(String title, String publisherKey, String url, String text) {
        return "{\"title\": \"" + title + "\", \"publisherKey\": \"" + publisherKey
                + "\", \"publishedAt\": \"2019-12-25T10:00:00Z\", \"language\": \"fr\""
                + (url == null ? "" : ", \"url\": \"" + url + "\"") + ", \"text\": \"" + text + "\"}";
    }

    private String text(String what) {
        return "Selon l'OSDH, plus de 300 civils ont fui " + what + " " + unique + ".";
    }

    @Test
    void validLinesAreStoredWithTheirFiguresAndInvalidOnesAreReportedWithLineAndReason() {
        String file = String.join("\n",
                line("Fuite " + unique, "afp", "https://example.org/a/" + unique, text("Maaret")),
                "{\"title\": \"broken\", ",
                line("", "afp", null, text("Saraqeb")),
                line("Inconnu " + unique, "nobody", null, text("Alep")),
                "",
                "{\"title\": \"Date " + unique + "\", \"publisherKey\": \"afp\", \"publishedAt\": \"yesterday\","
                        + " \"language\": \"fr\", \"text\": \"x\"}",
                line("Langue " + unique, "afp", null, text("Hama")).replace("\"fr\"", "\"de\""),
                line("Deuxième " + unique, "ap", null, text("Idleb")));

        ImportSummary summary = imports.importLines(new StringReader(file), progress -> { });

        assertThat(summary.read()).isEqualTo(7);
        assertThat(summary.stored()).isEqualTo(2);
        assertThat(summary.rejected()).isEqualTo(5);
        assertThat(summary.rejections()).extracting(r -> r.line() + ": " + r.reason()).containsExactly(
                "2: The line stops before its JSON is complete (column 21).",
                "3: The field 'title' is required.",
                "4: No source has the key 'nobody'.",
                "6: The field 'publishedAt' must be a date and time like \"2019-12-24T18:00:00Z\".",
                "7: The language is French or English.");
        assertThat(jdbc.queryForList("select r.title || '|' || a.quote || '|' || o.key from report r "
                + "join assertion a on a.report_id = r.id join source o on o.id = a.origin_id "
                + "where r.title like ? order by r.title", String.class, "%" + unique))
                .containsExactly("Deuxième " + unique + "|plus de 300|sohr", "Fuite " + unique + "|plus de 300|sohr");
        assertThat(jdbc.queryForObject("select count(*) from assertion a join report r on r.id = a.report_id "
                + "where r.title like ? and a.subject_terms is not null", Long.class, "%" + unique)).isEqualTo(2);
    }

    /** Walk F40: a report dated 2099 was stored, and would have stood as the newest toll of every figure it touched. */
    @Test
    void aReportDatedInTheFutureIsRejectedAndOneFromAFewHoursAheadIsNot() {
        String soon = java.time.Instant.now().plus(java.time.Duration.ofHours(5))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        String file = String.join("\n",
                line("Futur " + unique, "afp", null, text("Deraa")).replace("2019-12-25", "2099-01-01"),
                line("Fuseau " + unique, "afp", null, text("Homs")).replace("2019-12-25T10:00:00Z", soon));

        ImportSummary summary = imports.importLines(new StringReader(file), progress -> { });

        assertThat(summary.stored()).isEqualTo(1);
        assertThat(summary.rejections()).extracting(r -> r.line() + ": " + r.reason()).containsExactly(
                "1: The publication date is in the future: a report is checked after it is published.");
        assertThat(jdbc.queryForList("select title from report where title like ?", String.class, "%" + unique))
                .containsExactly("Fuseau " + unique);
    }

    @Test
    void aReportRepeatedInTheFileOrAlreadyStoredIsRejectedNamingWhatItRepeats() {
        String first = line("Premier " + unique, "afp", "https://example.org/b/" + unique, text("Saraqeb"));
        imports.importLines(new StringReader(first), progress -> { });
        long stored = jdbc.queryForObject("select id from report where title = ?", Long.class, "Premier " + unique);

        String file = String.join("\n",
                line("Autre " + unique, "afp", null, text("Khan Cheikhoun")),
                line("Même adresse " + unique, "ap", "https://example.org/b/" + unique + "/", text("Hama")),
                line("Même texte " + unique, "ap", null, text("Khan Cheikhoun")),
                line("Même texte que stocké " + unique, "ap", null, text("Saraqeb")));
        ImportSummary summary = imports.importLines(new StringReader(file), progress -> { });

        assertThat(summary.stored()).isEqualTo(1);
        assertThat(summary.rejections()).extracting(r -> r.line() + ": " + r.reason()).containsExactly(
                "2: The report duplicates report " + stored + " (Premier " + unique + "): same address.",
                "3: The report repeats line 1 (same text).",
                "4: The report duplicates report " + stored + " (Premier " + unique + "): same text.");
        assertThat(jdbc.queryForObject("select count(*) from report where title like ?", Long.class, "%" + unique))
                .isEqualTo(2);
    }

    @Test
    void whenABatchFailsMidWayNothingOfItIsHalfWrittenAndOnlyTheLineAtFaultIsRejected() {
        String trigger = "import_test_" + unique;
        jdbc.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin "
                + "if (select title from report where id = new.report_id) = 'Boum " + unique + "' then "
                + "raise exception 'assertion refused by test'; end if; return new; end $$");
        jdbc.execute("create trigger " + trigger + " before insert on assertion for each row execute function "
                + trigger + "()");
        try {
            String file = String.join("\n",
                    line("Avant " + unique, "afp", null, text("Alep")),
                    line("Boum " + unique, "afp", null, text("Hama")),
                    line("Après " + unique, "afp", null, text("Homs")));

            ImportSummary summary = imports.importLines(new StringReader(file), progress -> { });

            assertThat(summary.stored()).isEqualTo(2);
            assertThat(summary.rejections()).extracting(ImportRejection::line).containsExactly(2);
            assertThat(summary.rejections().getFirst().reason()).as("the database's words stay in the log")
                    .matches("The report could not be stored \\(reference [0-9a-f]{8} in the server's log\\)\\.")
                    .doesNotContain("assertion refused by test");
        } finally {
            jdbc.execute("drop trigger " + trigger + " on assertion");
            jdbc.execute("drop function " + trigger + "()");
        }
        assertThat(jdbc.queryForList("select r.title || ':' || count(a.id) from report r "
                + "left join assertion a on a.report_id = r.id where r.title like ? group by r.title order by r.title",
                String.class, "%" + unique)).containsExactly("Après " + unique + ":1", "Avant " + unique + ":1");
        assertThat(jdbc.queryForList("select after_value from change_log where entity_type = 'REPORT' "
                + "and action = 'IMPORTED' and after_value like ? order by after_value", String.class, "%" + unique))
                .as("the history names the stored reports, not the one rolled back")
                .containsExactly("Après " + unique, "Avant " + unique);
    }

    @Test
    void aLargeFileIsStoredInBatchesWithProgressAfterEachAndStandingsRecomputedOncePerBatch() {
        int count = ReportImportService.BATCH + 20;
        String file = IntStream.range(0, count).mapToObj(i -> line("Lot " + i + " " + unique, "afp", null,
                "Selon l'OSDH, " + (100 + i) + " civils ont fui " + unique + "."))
                .collect(Collectors.joining("\n"));
        List<ImportProgress> progress = new ArrayList<>();

        ImportSummary summary = imports.importLines(new StringReader(file), progress::add);

        assertThat(summary.stored()).isEqualTo(count);
        assertThat(progress).containsExactly(new ImportProgress(ReportImportService.BATCH, ReportImportService.BATCH, 0),
                new ImportProgress(count, count, 0));
        assertThat(events.stream(ReportsImported.class)).hasSize(2);
        assertThat(events.stream(ReportAdded.class)).isEmpty();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerCannotImport() {
        assertThatThrownBy(() -> imports.importLines(new StringReader(line("Vue " + unique, "afp", null,
                text("Alep"))), progress -> { })).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from report where title like ?", Long.class, "%" + unique))
                .isZero();
    }
}
