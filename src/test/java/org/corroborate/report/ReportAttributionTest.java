package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.corroborate.Unique;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.source.Reliability;
import org.corroborate.source.SourceDraft;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A wire dispatch that cites an agency by a description and its registered acronym, or after a weekday, has that
 * agency as the origin of its figures, not the wire (the new-user walk, F6 and F30): else AFP citing the agency would
 * count as an independent origin.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class ReportAttributionTest {

    @Autowired
    ReportService reports;

    @Autowired
    SourceService sources;

    /** Letters only, so that the extraction engine finds no number in names made of it. */
    private final String unique = Unique.letters();

    @Test
    void anEnglishDispatchCitingTheAgencyByItsAcronymHasTheAgencyAsOrigin() {
        String acronym = "X" + unique.toUpperCase(Locale.ROOT);
        SourceRef agency = register("Instituto Nacional de Gestão do Risco " + unique, acronym);
        String text = "The death toll from the cyclone has risen to 417, and 128,000 people are now displaced, "
                + "the country's disaster agency " + acronym + " said on Friday.";

        List<AssertionDraft> drafts = reports.extract(text, "en", afp());

        assertThat(drafts).extracting(AssertionDraft::quote).containsExactly("417", "128,000");
        assertThat(drafts).extracting(d -> d.origin().id()).containsOnly(agency.id());
        assertThat(drafts).extracting(AssertionDraft::kind).containsExactly(QuantityKind.DEATHS, QuantityKind.DISPLACED);
    }

    @Test
    void aFrenchDispatchNamingTheMinistryAfterTheWeekdayHasTheMinistryAsOrigin() {
        SourceRef ministry = register("Ministère de l'Intérieur du Royaume " + unique,
                "le ministère de l'Intérieur " + unique);
        String text = "Le dernier bilan fait état de 2 946 morts et de 5 674 blessés, a annoncé lundi le ministère "
                + "de l'Intérieur " + unique + ". Près de 50 000 habitations ont été endommagées.";

        List<AssertionDraft> drafts = reports.extract(text, "fr", afp());

        assertThat(drafts).extracting(AssertionDraft::quote).containsExactly("2 946", "5 674", "Près de 50 000");
        assertThat(drafts.subList(0, 2)).extracting(d -> d.origin().id()).containsOnly(ministry.id());
        assertThat(drafts.get(2).origin().key()).isEqualTo("afp");
        assertThat(drafts.get(2).kind()).isEqualTo(QuantityKind.OTHER);
    }

    @Test
    void aDispatchThatNamesTheNgoThenSaysElleHasTheNgoAsOriginNotTheWire() {
        String name = "Pro Natura " + unique.toUpperCase(Locale.ROOT);
        SourceRef ngo = register(name, name);
        String text = "L'organisation " + name + " conteste ces chiffres. Elle dit avoir observé des centaines de "
                + "poissons morts sur près de 8 kilomètres. Selon l'organisation, au moins 20 tonnes de solvant se "
                + "sont déversées dans le fleuve.";

        List<AssertionDraft> drafts = reports.extract(text, "fr", afp());

        assertThat(drafts).extracting(AssertionDraft::quote).contains("près de 8 kilomètres", "au moins 20 tonnes");
        assertThat(drafts).extracting(d -> d.origin().id()).containsOnly(ngo.id());
    }

    /** The third walk's H2: the watchdog quoting a party's declaration is no second origin for it. */
    @Test
    void aWatchdogQuotingAPartysDeclarationGivesTheDeclarationToTheParty() {
        String acronym = "Q" + unique.substring(0, 4).toUpperCase(Locale.ROOT);
        SourceRef party = register("Accion Democratica " + unique, acronym);
        SourceRef watchdog = register("Participacion Ciudadana " + unique, "Participacion Ciudadana " + unique);
        String text = "Our monitoring puts total campaign spending at $48 million. " + acronym
                + " accounts for about $19 million, more than twice the $8.7 million it declared.";

        List<AssertionDraft> drafts = reports.extract(text, "en", watchdog);

        assertThat(drafts).extracting(AssertionDraft::quote)
                .containsExactly("$48 million", "about $19 million", "$8.7 million");
        assertThat(drafts.subList(0, 2)).extracting(d -> d.origin().id()).containsOnly(watchdog.id());
        assertThat(drafts.get(2).origin().id()).isEqualTo(party.id());
    }

    private SourceRef register(String name, String alias) {
        long id = sources.create(new SourceDraft(name, "government", false, Reliability.B, null, List.of(alias))).id();
        return sources.choices().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private SourceRef afp() {
        return sources.choices().stream().filter(s -> s.key().equals("afp")).findFirst().orElseThrow();
    }
}
