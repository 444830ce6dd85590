package org.corroborate.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.corroborate.discussion.CommentRefusedException;
import org.junit.jupiter.api.Test;

/** The texts of comments, assignments, the queue and notifications exist in both languages and survive MessageFormat. */
class WorkTogetherTranslationsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");
    private static final String[] PREFIXES = {"comment.", "assignment.", "queue.", "notification.", "notifications.",
            "nav.queue"};

    @Test
    void everyTextExistsInEnglishAndFrench() throws IOException {
        assertThat(texts("translations_fr.properties").keySet()).isEqualTo(texts("translations.properties").keySet());
    }

    @Test
    void everyRefusalAndNotificationKindHasAText() throws IOException {
        Map<String, String> english = texts("translations.properties");
        for (CommentRefusedException.Reason reason : CommentRefusedException.Reason.values()) {
            assertThat(english).containsKey(reason.key());
        }
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(english).containsKey("notification." + kind);
        }
    }

    @Test
    void apostrophesAreDoubledExactlyInTextsThatTakeArguments() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            texts(bundle).forEach((key, text) -> {
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                } else {
                    assertThat(text).as(bundle + " " + key).doesNotContain("''");
                }
            });
        }
    }

    /**
     * Who checks a figure (the assignment) and who said it (the attribution) stand on the same screen, so they are not
     * worded alike: the French desk read "Attribué à : Eddie" beside "attribué à Ministère…" (walk F39).
     */
    @Test
    void theAssignmentIsNotWordedAsTheAttribution() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties all = all(bundle);
            String assignment = firstWord(all.getProperty("assignment.label"));
            for (String attribution : new String[] {"figure.form.source", "panel.attributed", "suggestion.attributed"}) {
                assertThat(firstWord(all.getProperty(attribution))).as(bundle + " " + attribution)
                        .isNotEqualToIgnoringCase(assignment);
            }
            for (String key : new String[] {"assignment.done", "queue.assigned", "notification.ASSIGNED"}) {
                assertThat(all.getProperty(key).toLowerCase()).as(bundle + " " + key)
                        .doesNotContain(firstWord(all.getProperty("panel.attributed")).toLowerCase());
            }
        }
    }

    private static String firstWord(String text) {
        return text.strip().split("\\s+")[0];
    }

    private static Properties all(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = WorkTogetherTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Map<String, String> texts(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = WorkTogetherTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
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
