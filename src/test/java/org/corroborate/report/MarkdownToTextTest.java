package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownToTextTest {

    @Test
    void headingMarksEmphasisAndLinkTargetsAreStrippedAndTheWordsKept() {
        ReportFile read = MarkdownToText.convert("""
                # Idleb : plus de 60 morts

                Selon **l'OSDH**, *plus de 60* combattants ont été tués ([source](https://www.syriahr.com/en/1/)).
                ![Carte d'Idleb](carte.png)
                """);

        assertThat(read.text()).isEqualTo("""
                Idleb : plus de 60 morts

                Selon l'OSDH, plus de 60 combattants ont été tués (source).
                Carte d'Idleb""");
    }

    @Test
    void theFirstHeadingIsTheTitle() {
        assertThat(MarkdownToText.convert("Intro\n\n## Bilan du 20 décembre ##\n\n# Later").title())
                .isEqualTo("Bilan du 20 décembre");
        assertThat(MarkdownToText.convert("Bilan OCHA\n==========\n\nTexte").title()).isEqualTo("Bilan OCHA");
    }

    @Test
    void bulletsNumbersQuotesAndFencesGoButTheirTextStays() {
        ReportFile read = MarkdownToText.convert("""
                - 38 jihadistes
                * 23 soldats
                1. premier point
                > Selon l'ONU, 235 000 déplacés
                ```
                code 12
                ```
                ---
                [ocha]: https://www.unocha.org
                """);

        assertThat(read.text()).isEqualTo("""
                38 jihadistes
                23 soldats
                premier point
                Selon l'ONU, 235 000 déplacés
                code 12""");
    }

    @Test
    void underscoresInsideWordsAndLoneAsterisksAreLeftAlone() {
        assertThat(MarkdownToText.convert("file_name_here and 2 * 3 = 6").text())
                .isEqualTo("file_name_here and 2 * 3 = 6");
    }
}
