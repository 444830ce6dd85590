package org.corroborate.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker of the language test finds leftovers, and leaves what users wrote alone. */
class PageLanguageTest {

    private final PageLanguage language = new PageLanguage(List.of(
            "Le bilan des frappes sur Ariha s'alourdit à 17 morts",
            "The death toll in Ariha rose to 17 after the strikes, the rescuers said.",
            "Observatoire syrien des droits de l'homme"));

    @Test
    void aCleanFrenchPagePasses() {
        assertThat(language.problems("fr", List.of("Chiffres (9)", "Lié par\u00a0: Eddie Editor, 24 déc. 2019",
                "Le bilan des frappes sur Ariha s'alourdit à 17 morts", "source unique", "5\u00a0Mo au plus",
                "«\u00a0The death toll in Ariha rose to 17 after the strikes, the rescuers said.\u00a0» 17"))).isEmpty();
    }

    @Test
    void plantedLeftoversInAFrenchPageAreFound() {
        assertThat(language.problems("fr", List.of("!fr: review.history.action.ASSIGNED", "Linked by: system",
                "DEATHS", "Statut : non étayé", "Téléversez 25 MB", "Rapports:")))
                .anyMatch(p -> p.startsWith("missing translation !fr: review.history.action.ASSIGNED"))
                .anyMatch(p -> p.startsWith("English \"linked\""))
                .anyMatch(p -> p.startsWith("English \"system\""))
                .anyMatch(p -> p.startsWith("untranslated value DEATHS"))
                .anyMatch(p -> p.startsWith("no non-breaking space before \":\" in \"Statut : non étayé\""))
                .anyMatch(p -> p.startsWith("English \"MB\""))
                .anyMatch(p -> p.contains("\"Rapports:\""));
    }

    @Test
    void plantedLeftoversInAnEnglishPageAreFound() {
        assertThat(language.problems("en", List.of("!en: panel.linked-by", "Lié par Eddie", "UNSUPPORTED",
                "Upload 5 Mo at most", "Observatoire syrien des droits de l'homme · 3 rapports")))
                .anyMatch(p -> p.startsWith("missing translation !en: panel.linked-by"))
                .anyMatch(p -> p.startsWith("French \"lié\""))
                .anyMatch(p -> p.startsWith("untranslated value UNSUPPORTED"))
                .anyMatch(p -> p.startsWith("French \"Mo\""))
                .anyMatch(p -> p.startsWith("French \"rapports\""))
                .noneMatch(p -> p.contains("\"des\""));
    }
}
