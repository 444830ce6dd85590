package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceMentionsTest {

    @Test
    void articlesElisionsAccentsAndPunctuationDoNotCount() {
        assertThat(SourceMentions.normalise("de l’Observatoire syrien des droits de l'Homme"))
                .isEqualTo("observatoire syrien des droits de l homme");
    }

    @Test
    void aNameThatIsOnlyAnArticleKeepsIt() {
        assertThat(SourceMentions.normalise("Le")).isEqualTo("le");
    }

    @Test
    void aKeyIsTheNamesWordsInLowerCaseAsciiJoinedByDashes() {
        assertThat(SourceRules.keyFor("Armée arabe syrienne (SAA)")).isEqualTo("armee-arabe-syrienne-saa");
    }
}
