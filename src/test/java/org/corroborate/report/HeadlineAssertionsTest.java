package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Walk F30: a pasted report whose headline repeats its body's toll gave two assertions of one claim, counted twice as
 * evidence; the assertions proposed are the body's, in French and in English.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class HeadlineAssertionsTest {

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    @Test
    void aFrenchReportsHeadlineTollIsNotASecondAssertion() {
        List<AssertionDraft> drafts = reports.extract("""
                Idai : 1 000 morts au Mozambique, selon le président

                MAPUTO, 19 mars 2019 (AFP) - Le cyclone Idai a fait au moins 1 000 morts au Mozambique, a déclaré \
                lundi le président Filipe Nyusi.""", "fr", source("afp"));

        assertThat(drafts).extracting(AssertionDraft::quote).containsExactly("au moins 1 000");
        assertThat(drafts.getFirst().kind()).isEqualTo(QuantityKind.DEATHS);
    }

    @Test
    void anEnglishReportsHeadlineTollIsNotASecondAssertion() {
        List<AssertionDraft> drafts = reports.extract("""
                Morocco quake death toll rises to 2,946

                RABAT, Sept 11 (Reuters) - The death toll from Morocco's earthquake has risen to 2,946, the interior \
                ministry said on Monday, with 5,674 people injured.""", "en", source("afp"));

        assertThat(drafts).extracting(AssertionDraft::quote).containsExactly("2,946", "5,674");
    }

    private SourceRef source(String key) {
        return sources.choices().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }
}
