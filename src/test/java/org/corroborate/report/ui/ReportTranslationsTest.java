package org.corroborate.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.corroborate.report.UnreadableFileException;
import org.junit.jupiter.api.Test;

/** The inbox's texts exist in both languages and survive MessageFormat, which Vaadin uses only with arguments. */
class ReportTranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

    @Test
    void everyReportTextExistsInEnglishAndFrench() throws IOException {
        assertThat(reportTexts("translations_fr.properties").keySet())
                .isEqualTo(reportTexts("translations.properties").keySet());
    }

    @Test
    void everyReasonForRefusingAFileHasAText() throws IOException {
        Map<String, String> english = reportTexts("translations.properties");

        for (UnreadableFileException.Reason reason : UnreadableFileException.Reason.values()) {
            assertThat(english).containsKey(reason.messageKey());
        }
    }

    @Test
    void apostrophesAreDoubledExactlyInTextsThatTakeArguments() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            reportTexts(bundle).forEach((key, text) -> {
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            });
        }
    }

    private static Map<String, String> reportTexts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ReportTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> ours = new TreeMap<>();
        texts.forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("report.") || key.startsWith("reports.") || key.startsWith("inbox.")
                    || key.startsWith("import.")) {
                ours.put(key, v.toString());
            }
        });
        return ours;
    }
}
