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

    @Test
    void aNameWithItsAcronymInParenthesesIsReadAsBoth() {
        assertThat(SourceMentions.parenthesised("the National Institute for Disaster Risk Management (INGD)"))
                .containsExactly("the National Institute for Disaster Risk Management", "INGD");
        assertThat(SourceMentions.parenthesised("(INGD)")).isNull();
        assertThat(SourceMentions.parenthesised("le ministère de l'Intérieur")).isNull();
    }

    @Test
    void aMentionEndsWithNamesOfTwoWordsOrMoreOrWithAnAcronym() {
        assertThat(SourceMentions.endings("the country's disaster agency INGD"))
                .containsExactly("s disaster agency ingd", "disaster agency ingd", "agency ingd", "ingd");
        assertThat(SourceMentions.endings("lundi le ministère de l'Intérieur"))
                .startsWith("ministere de l interieur").doesNotContain("interieur");
        assertThat(SourceMentions.endings("the new Observatory")).isEmpty();
    }
}
