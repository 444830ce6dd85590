package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How much of each saved page's article the reader keeps, and how much else it lets through. The pages
 * (src/test/resources/ingest/pages) were written for this test in the shapes news sites have: menus, cookie
 * banners, share buttons, ads and "read also" boxes between paragraphs, sidebars of most-read links, comment
 * threads (one longer than the article), teaser lists, an old table layout, text in divs without paragraphs,
 * AMP tags; ten in French, ten in English, on twenty different events. Each has its reference text (.txt): the
 * article's paragraphs and subheadings.
 *
 * <p>Score: the characters of the reference's words found in the extracted text (recall), and the characters
 * of the extracted text's words that are the reference's (precision), each word counted as often as it occurs.
 */
class MainTextScoreTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*");
    private static final double TARGET = 0.90;

    record Score(String page, long reference, long extracted, long common) {

        double recall() {
            return reference == 0 ? 1 : (double) common / reference;
        }

        double precision() {
            return extracted == 0 ? 0 : (double) common / extracted;
        }
    }

    @Test
    void theReaderKeepsTheArticleAndDropsMenusCommentsAndAdsOnTwentyPagesOfBothLanguages() throws Exception {
        List<Path> pages = pages();
        assertThat(pages).hasSizeGreaterThanOrEqualTo(20);
        assertThat(pages.stream().filter(p -> p.getFileName().toString().matches("\\d+-fr-.*"))).hasSizeGreaterThanOrEqualTo(10);
        PageReader reader = new PageReader();
        long reference = 0;
        long extracted = 0;
        long common = 0;
        StringBuilder table = new StringBuilder("\nMain-text extraction, per page (recall / precision):\n");
        List<Score> scores = new java.util.ArrayList<>();
        for (Path page : pages) {
            String name = page.getFileName().toString().replace(".html", "");
            String expected = Files.readString(page.resolveSibling(name + ".txt"));
            String text = reader.html(Files.readAllBytes(page), null, "https://example.org/" + name).text();
            Score score = score(name, expected, text);
            scores.add(score);
            reference += score.reference();
            extracted += score.extracted();
            common += score.common();
            table.append(String.format(Locale.ROOT, "  %-45s recall %5.1f%%  precision %5.1f%%%n", name,
                    100 * score.recall(), 100 * score.precision()));
        }
        Score total = new Score("all", reference, extracted, common);
        table.append(String.format(Locale.ROOT, "  %-45s recall %5.1f%%  precision %5.1f%%  (%d pages, %d reference characters)%n",
                "ALL", 100 * total.recall(), 100 * total.precision(), pages.size(), reference));
        System.out.println(table);
        assertThat(total.recall()).as("recall over all pages").isGreaterThanOrEqualTo(TARGET);
        assertThat(total.precision()).as("precision over all pages").isGreaterThanOrEqualTo(TARGET);
        assertThat(scores).as("pages below the target").allSatisfy(s -> {
            assertThat(s.recall()).as(s.page() + " recall").isGreaterThanOrEqualTo(TARGET);
            assertThat(s.precision()).as(s.page() + " precision").isGreaterThanOrEqualTo(TARGET);
        });
    }

    @Test
    void theScoreCountsMissingAndExtraWordsByTheirCharacters() {
        Score half = score("t", "alpha beta", "alpha gamma delta");
        assertThat(half.recall()).isEqualTo(5.0 / 9);
        assertThat(half.precision()).isEqualTo(5.0 / 15);
    }

    static Score score(String page, String reference, String extracted) {
        Map<String, Integer> expected = words(reference);
        Map<String, Integer> got = words(extracted);
        long common = 0;
        for (Map.Entry<String, Integer> w : expected.entrySet()) {
            common += (long) Math.min(w.getValue(), got.getOrDefault(w.getKey(), 0)) * w.getKey().length();
        }
        return new Score(page, chars(expected), chars(got), common);
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            counts.merge(m.group(), 1, Integer::sum);
        }
        return counts;
    }

    private static long chars(Map<String, Integer> words) {
        return words.entrySet().stream().mapToLong(w -> (long) w.getValue() * w.getKey().length()).sum();
    }

    private static List<Path> pages() throws IOException, URISyntaxException {
        Path dir = Path.of(MainTextScoreTest.class.getResource("/ingest/pages").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
