package org.corroborate.source.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The registry's texts exist in both languages and survive MessageFormat, which Vaadin uses only with arguments. */
class SourceTranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

    @Test
    void everySourceTextExistsInEnglishAndFrench() throws IOException {
        assertThat(sourceTexts("translations_fr.properties").keySet())
                .isEqualTo(sourceTexts("translations.properties").keySet());
    }

    @Test
    void apostrophesAreDoubledExactlyInTextsThatTakeArguments() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            sourceTexts(bundle).forEach((key, text) -> {
                boolean takesArguments = ARGUMENT.matcher(text).find();
                String withoutDoubled = text.replace("''", "");
                if (takesArguments) {
                    assertThat(withoutDoubled).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            });
        }
    }

    private static Map<String, String> sourceTexts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = SourceTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> ours = new TreeMap<>();
        texts.forEach((k, v) -> {
            if (k.toString().startsWith("source.") || k.toString().startsWith("sources.")) {
                ours.put(k.toString(), v.toString());
            }
        });
        return ours;
    }
}
