package org.corroborate.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.search.Highlighted.Part;
import org.junit.jupiter.api.Test;

class HighlightedTest {

    @Test
    void marksSplitTheTextIntoMatchedAndPlainRuns() {
        Highlighted text = Highlighted.parse("235 000 \uE000déplacés\uE001 à \uE000Idleb\uE001");

        assertThat(text.parts()).containsExactly(new Part("235 000 ", false), new Part("déplacés", true),
                new Part(" à ", false), new Part("Idleb", true));
        assertThat(text.text()).isEqualTo("235 000 déplacés à Idleb");
        assertThat(text.matches()).containsExactly("déplacés", "Idleb");
    }

    @Test
    void aTextWithoutMarksIsOnePlainRunAndMarkupStaysText() {
        assertThat(Highlighted.parse("<b>x</b>").parts()).containsExactly(new Part("<b>x</b>", false));
        assertThat(Highlighted.parse("").parts()).isEmpty();
    }

    @Test
    void theCharactersThatMarkMatchesAreRemovedFromTheQuery() {
        assertThat(SearchService.normalise("  a\uE000b\uE001c\u0000d  ")).isEqualTo("a b c d");
        assertThat(SearchService.normalise("x".repeat(400))).hasSize(SearchService.MAX_QUERY_LENGTH);
    }
}
