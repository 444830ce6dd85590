package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlToTextTest {

    @Test
    void scriptsAndStylesAreDropped() {
        ReportFile page = HtmlToText.convert("""
                <html><head><style>p { color: red }</style><script>var toll = 999;</script></head>
                <body><p>Plus de 60 morts.</p><script>track("300 morts")</script><noscript>Activez JS</noscript></body></html>
                """);

        assertThat(page.text()).isEqualTo("Plus de 60 morts.");
    }

    @Test
    void paragraphsAndHeadingsBecomeParagraphsSeparatedByABlankLine() {
        ReportFile page = HtmlToText.convert("""
                <body><h1>Idleb</h1>
                <p>Des combats   opposent
                   depuis jeudi les forces du régime.</p><div>Selon l'OSDH, plus de 60 morts.</div>
                <ul><li>38 jihadistes</li><li>23 soldats</li></ul></body>
                """);

        assertThat(page.text()).isEqualTo("""
                Idleb

                Des combats opposent depuis jeudi les forces du régime.

                Selon l'OSDH, plus de 60 morts.

                38 jihadistes

                23 soldats""");
    }

    @Test
    void aLineBreakStaysALineBreakInsideAParagraph() {
        assertThat(HtmlToText.convert("<p>Damas<br>20 décembre</p>").text()).isEqualTo("Damas\n20 décembre");
    }

    @Test
    void entitiesAreDecoded() {
        ReportFile page = HtmlToText.convert("<p>Selon l&#39;OSDH, plus de 370&nbsp;000 morts &amp; des millions "
                + "de d&eacute;plac&eacute;s &mdash; &laquo;&nbsp;un bilan&nbsp;&raquo;</p>");

        assertThat(page.text()).isEqualTo("Selon l'OSDH, plus de 370\u00A0000 morts & des millions de déplacés — "
                + "«\u00A0un bilan\u00A0»");
    }

    @Test
    void theTitleComesFromTheTitleElementElseTheFirstHeading() {
        assertThat(HtmlToText.convert("<title> Bilan à Idleb </title><h1>Autre</h1>").title()).isEqualTo("Bilan à Idleb");
        assertThat(HtmlToText.convert("<body><h1>Offensive sur Idleb</h1><p>Texte</p></body>").title())
                .isEqualTo("Offensive sur Idleb");
    }

    @Test
    void theDeclaredCharsetIsFoundInAMetaElement() {
        assertThat(HtmlToText.declaredCharset("<meta charset=\"ISO-8859-1\"><p>é</p>".getBytes()))
                .contains("iso-8859-1");
        assertThat(HtmlToText.declaredCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">".getBytes()))
                .contains("windows-1252");
        assertThat(HtmlToText.declaredCharset("<p>nothing declared</p>".getBytes())).isEmpty();
    }
}
