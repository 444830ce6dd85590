package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader takes from a page besides its main text: title, publisher's name, time, language. */
class PageReaderTest {

    private final PageReader reader = new PageReader();

    @Test
    void schemaOrgNewsArticleGivesHeadlineTimePublisherAndLanguage() {
        ReadPage page = reader.html(LinkFixtures.savedPage("01-en-newspaper-pakistan-floods").getBytes(StandardCharsets.UTF_8),
                null, "https://chronicle.example/a");
        assertThat(page.title()).isEqualTo("Pakistan floods: death toll passes 1,100 as waters keep rising");
        assertThat(page.siteName()).isEqualTo("Daily Chronicle");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2022-08-29T04:15:00Z"));
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.languageDeclared()).isTrue();
    }

    @Test
    void openGraphTimeAndTheLocaleOfAPageWithoutLangAreRead() {
        ReadPage page = reader.html(LinkFixtures.savedPage("15-en-heavycomments-yemen-cholera").getBytes(StandardCharsets.UTF_8),
                null, "https://gulfmonitor.example/a");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-09-05T07:00:00Z"));
        assertThat(page.language()).isEqualTo("en");
        assertThat(page.text()).doesNotContain("heartbreaking", "Share on");
    }

    @Test
    void aTimeElementDatesAPageWithNoOtherMetadataAndItsLanguageIsGuessedWhenUndeclared() {
        String html = "<html><body><article><h1>Crue de la Seine</h1><time datetime=\"2024-01-10T08:00:00+01:00\">10 janvier</time>"
                + "<p>La Seine a atteint 5,20 mètres à Paris, selon la préfecture, et plus de 200 habitants ont été évacués "
                + "dans les communes riveraines pendant la nuit.</p><p>Les pompiers sont intervenus à 140 reprises.</p>"
                + "</article></body></html>";
        ReadPage page = reader.html(html.getBytes(StandardCharsets.UTF_8), null, "https://example.org/crue");
        assertThat(page.title()).isEqualTo("Crue de la Seine");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-01-10T07:00:00Z"));
        assertThat(page.language()).isEqualTo("fr");
        assertThat(page.languageDeclared()).isFalse();
    }

    @Test
    void aPageInWindows1252IsDecodedAsItsServerSays() {
        byte[] latin = "<html lang=\"fr\"><body><p>Près de 80 déplacés à Kidal, selon l'ONU, et des dizaines de blessés soignés sur place.</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(reader.html(latin, "windows-1252", "https://example.org/k").text()).contains("Près de 80 déplacés");
    }

    @Test
    void aPdfGivesItsTextAndTheTitleOfItsProperties() {
        byte[] pdf = LinkFixtures.pdf("OCHA Flash Update 12", List.of("At least 1,200 families were displaced in the north.",
                "More than 30 schools are used as shelters."));
        ReadPage page = reader.pdf(pdf);
        assertThat(page.title()).isEqualTo("OCHA Flash Update 12");
        assertThat(page.text()).contains("At least 1,200 families were displaced in the north.",
                "More than 30 schools are used as shelters.");
        assertThat(page.language()).isEqualTo("en");
    }

    @Test
    void aPlainTextIsTitledByItsFirstLine() {
        ReadPage page = reader.text("Communiqué du ministère\n\nAu moins 14 morts et 60 blessés dans l'explosion.");
        assertThat(page.title()).isEqualTo("Communiqué du ministère");
        assertThat(page.text()).endsWith("Au moins 14 morts et 60 blessés dans l'explosion.");
        assertThat(page.language()).isEqualTo("fr");
    }

    @Test
    void theWholeTextOfAnArchivedPageKeepsItsMenusAndNeverItsScripts() {
        String html = "<html><head><script>document.write('hacked')</script></head><body><nav>Accueil International</nav>"
                + "<p>Au moins 3 morts.</p><script>alert('x')</script><div onclick=\"steal()\">Commentaires</div></body></html>";
        String text = reader.wholeText(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "https://example.org");
        assertThat(text).contains("Accueil International", "Au moins 3 morts.", "Commentaires")
                .doesNotContain("hacked", "alert", "steal");
    }
}
