package org.corroborate.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The publisher picker finds a source by its name, an alias or its key, whatever the case and the accents. */
@SpringBootTest
@WithUserDetails("factchecker")
class SourcePickerTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Test
    void thePublisherPickerFindsTheObservatoryByItsAcronymAliasKeyAndUnaccentedName() {
        ReportForm form = new ReportForm(sources.choices());
        com.vaadin.flow.component.UI.getCurrent().add(form);

        assertThat(suggested(form, "OSDH")).as("an alias").contains("Observatoire syrien des droits de l'homme");
        assertThat(suggested(form, "sohr")).as("the key, also an alias")
                .contains("Observatoire syrien des droits de l'homme");
        assertThat(suggested(form, "human rights")).as("part of an alias, any case")
                .contains("Observatoire syrien des droits de l'homme");
        assertThat(suggested(form, "armee arabe")).as("no accents typed").contains("Armée arabe syrienne");
        assertThat(suggested(form, "zzzz")).isEmpty();
    }

    @Test
    void aSourceMatchesByNameAliasOrKeyIgnoringCaseAndAccents() {
        SourceRef ingd = new SourceRef(1, "instituto-nacional", "Instituto Nacional de Gestão e Redução do Risco",
                "agency", false, org.corroborate.source.Reliability.B, List.of("INGD", "National Institute"));

        assertThat(ingd.matches("ingd")).isTrue();
        assertThat(ingd.matches("gestao")).isTrue();
        assertThat(ingd.matches("INSTITUTO-NAC")).isTrue();
        assertThat(ingd.matches("national inst")).isTrue();
        assertThat(ingd.matches("")).isTrue();
        assertThat(ingd.matches("OCHA")).isFalse();
    }

    private List<String> suggested(ReportForm form, String typed) {
        var picker = test(form.publisher);
        picker.setFilter(typed);
        return picker.getSuggestions();
    }
}
