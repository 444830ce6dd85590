package org.corroborate.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.corroborate.story.Refusal;
import org.junit.jupiter.api.Test;

class FourEyesTest {

    @Test
    void fourEyesRefusesTheLastPersonWhoChangedTheEvidence() {
        assertThat(FourEyes.check("editor", "editor")).contains(Refusal.FOUR_EYES);
    }

    @Test
    void fourEyesAllowsSomeoneElse() {
        assertThat(FourEyes.check("editor", "factchecker")).isEmpty();
    }

    @Test
    void fourEyesAllowsAnyEditorWhenNobodyLinkedEvidence() {
        assertThat(FourEyes.check("editor", null)).isEmpty();
    }
}
