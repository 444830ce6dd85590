package org.corroborate.ingest;

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

/** The texts of links, archives, feeds and fetching exist in English and in French, and every failure has one. */
class IngestTranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final String[] PREFIXES = {"link.", "fetch.", "archive.", "feeds.", "fetching.", "report.add.link.",
            "report.archive.", "source.field.domains", "source.error.domain", "nav.feeds", "nav.fetching"};

    @Test
    void everyTextExistsInEnglishAndFrench() throws IOException {
        assertThat(texts("translations_fr.properties").keySet()).isEqualTo(texts("translations.properties").keySet());
    }

    @Test
    void everyReasonAFetchFailsForHasAText() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            Map<String, String> texts = texts(bundle);
            for (FetchFailedException.Reason reason : FetchFailedException.Reason.values()) {
                assertThat(texts).as(bundle).containsKey(reason.messageKey());
            }
        }
    }

    @Test
    void apostrophesAreDoubledExactlyInTextsFormattedWithArguments() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            texts(bundle).forEach((key, text) -> {
                // Notes about a page are always formatted with its domain and publisher's name.
                if (ARGUMENT.matcher(text).find() || key.startsWith("link.note.")) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            });
        }
    }

    private static Map<String, String> texts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = IngestTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> ours = new TreeMap<>();
        texts.forEach((k, v) -> {
            for (String prefix : PREFIXES) {
                if (k.toString().startsWith(prefix)) {
                    ours.put(k.toString(), v.toString());
                }
            }
        });
        return ours;
    }
}
