package org.corroborate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.corroborate.report.UnreadableFileException.Reason;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    @Test
    void invalidUtf8BytesAreRefusedInsteadOfReplaced() {
        byte[] latin1 = "Déplacés".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ReportText.decodeStrictly(latin1, StandardCharsets.UTF_8))
                .isInstanceOf(CharacterCodingException.class);
        assertThatThrownBy(() -> ReportText.read("bilan.txt", latin1))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NOT_DECODABLE);
                    assertThat(e.arguments()).containsExactly("bilan.txt", "UTF-8");
                });
    }

    @Test
    void validUtf8IsDecodedWithItsAccents() throws CharacterCodingException {
        assertThat(ReportText.decodeStrictly("prorégime 370 000".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).isEqualTo("prorégime 370 000");
    }

    @Test
    void anHtmlPageIsDecodedInTheCharsetItDeclares() {
        byte[] page = "<html><head><meta charset=\"windows-1252\"><title>Déplacés</title></head><p>235 000 déplacés</p>"
                .getBytes(Charset.forName("windows-1252"));

        ReportFile read = ReportText.read("ocha.html", page);

        assertThat(read.title()).isEqualTo("Déplacés");
        assertThat(read.text()).isEqualTo("235 000 déplacés");
    }

    @Test
    void anHtmlPageDeclaringAnUnknownCharsetIsRefusedNamingIt() {
        assertThatThrownBy(() -> ReportText.read("x.html", "<meta charset=\"klingon-8\"><p>x</p>".getBytes()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.arguments()).containsExactly("x.html", "klingon-8"));
    }

    @Test
    void nulBytesMakeAFileBinary() {
        assertThat(ReportText.looksBinary(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isTrue();
        assertThat(ReportText.looksBinary("Plus de 60 morts".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThatThrownBy(() -> ReportText.read("photo.txt", new byte[] {'a', 0, 'b'}))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BINARY));
    }

    @Test
    void anEmptyOrBlankFileIsRefused() {
        assertThatThrownBy(() -> ReportText.read("vide.txt", new byte[0]))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> ReportText.read("blanc.md", " \n\n ".getBytes()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithTheLimit() {
        assertThatThrownBy(() -> ReportText.read("gros.txt", new byte[ReportText.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.arguments()).contains("5 MB");
                });
    }

    @Test
    void otherFileTypesAreRefused() {
        assertThatThrownBy(() -> ReportText.read("rapport.pdf", "%PDF-1.4".getBytes()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void aTextFileWithoutHeadingIsTitledFromItsFileName() {
        ReportFile read = ReportText.read("bilan-osdh_20-dec.txt", "\uFEFFSelon l'OSDH, 60 morts.\r\n".getBytes(
                StandardCharsets.UTF_8));

        assertThat(read.title()).isEqualTo("bilan osdh 20 dec");
        assertThat(read.text()).isEqualTo("Selon l'OSDH, 60 morts.");
    }

    @Test
    void urlsDifferingOnlyInSchemeOrHostCaseTrailingSlashFragmentOrDefaultPortShareAKey() {
        String key = ReportText.urlKey("https://www.syriahr.com/en/151088");

        assertThat(ReportText.urlKey("HTTPS://WWW.SyriaHR.com/en/151088/")).isEqualTo(key);
        assertThat(ReportText.urlKey("https://www.syriahr.com:443/en/151088#comments")).isEqualTo(key);
        assertThat(ReportText.urlKey("  https://www.syriahr.com/en/151088/#top ")).isEqualTo(key);
    }

    @Test
    void pathCaseQueryAndSchemeStillTellAddressesApart() {
        String key = ReportText.urlKey("https://example.org/a?id=1");

        assertThat(ReportText.urlKey("https://example.org/A?id=1")).isNotEqualTo(key);
        assertThat(ReportText.urlKey("https://example.org/a?id=2")).isNotEqualTo(key);
        assertThat(ReportText.urlKey("http://example.org/a?id=1")).isNotEqualTo(key);
        assertThat(ReportText.urlKey("   ")).isNull();
    }

    @Test
    void onlyAbsoluteWebAddressesAreAccepted() {
        assertThat(ReportText.isWebAddress("https://www.unocha.org/syria")).isTrue();
        assertThat(ReportText.isWebAddress("www.unocha.org/syria")).isFalse();
        assertThat(ReportText.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(ReportText.isWebAddress("https://exa mple.org")).isFalse();
    }

    @Test
    void textsDifferingOnlyInWhitespaceOrAccentCompositionShareAFingerprint() {
        String fingerprint = ReportText.fingerprint("Selon l'OSDH, plus de 370 000 morts.");

        assertThat(ReportText.fingerprint("  Selon  l'OSDH,\n plus de 370\u00A0000\tmorts.\n")).isEqualTo(fingerprint);
        assertThat(ReportText.fingerprint("Selon l'OSDH, plus de 370 000 morts.".replace("3", "4")))
                .isNotEqualTo(fingerprint);
        assertThat(ReportText.fingerprint("Les déplacés")).isEqualTo(ReportText.fingerprint("Les de\u0301place\u0301s"));
        assertThat(fingerprint).hasSize(64).matches("[0-9a-f]+");
    }
}
