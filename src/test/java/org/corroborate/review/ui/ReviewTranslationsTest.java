package org.corroborate.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.corroborate.review.Decision;
import org.corroborate.story.Refusal;
import org.junit.jupiter.api.Test;

/** Review's texts exist in both languages, for every refusal and decision, and survive MessageFormat. */
class ReviewTranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

    @Test
    void everyReviewTextExistsInEnglishAndFrench() throws IOException {
        assertThat(reviewTexts("translations_fr.properties").keySet())
                .isEqualTo(reviewTexts("translations.properties").keySet());
    }

    @Test
    void everyRefusalAndDecisionHasAText() throws IOException {
        Map<String, String> english = reviewTexts("translations.properties");
        for (Refusal refusal : Refusal.values()) {
            assertThat(english).containsKey("review.refusal." + refusal);
        }
        for (Decision decision : Decision.values()) {
            assertThat(english).containsKey("review.decision." + decision);
        }
        for (org.corroborate.review.Weakness weakness : org.corroborate.review.Weakness.values()) {
            assertThat(english).containsKey("review.confirm-weak.text." + weakness);
        }
    }

    @Test
    void apostrophesAreDoubledExactlyInTextsThatTakeArguments() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            reviewTexts(bundle).forEach((key, text) -> {
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            });
        }
    }

    private static Map<String, String> reviewTexts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ReviewTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> ours = new TreeMap<>();
        texts.forEach((k, v) -> {
            if (k.toString().startsWith("review.")) {
                ours.put(k.toString(), v.toString());
            }
        });
        return ours;
    }
}
