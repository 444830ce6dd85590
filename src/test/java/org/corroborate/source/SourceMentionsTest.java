package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
        assertThat(SourceRules.keyFor("Armée arabe syrienne", List.of())).isEqualTo("armee-arabe-syrienne");
    }

    /** Walk F40: "Instituto Nacional de Gestão e Redução do Risco de Desastres" had a 59-character key. */
    @Test
    void aKeyMadeFromANameIsItsAcronymWhenItHasOne() {
        assertThat(SourceRules.keyFor("Armée arabe syrienne (SAA)", List.of())).isEqualTo("saa");
        assertThat(SourceRules.keyFor("Instituto Nacional de Gestão e Redução do Risco de Desastres (INGD)", List.of()))
                .isEqualTo("ingd");
        assertThat(SourceRules.keyFor("Instituto Nacional de Gestão e Redução do Risco de Desastres",
                List.of("Mozambique's disaster agency", "INGD"))).isEqualTo("ingd");
        assertThat(SourceRules.keyFor("OCHA", List.of())).isEqualTo("ocha");
    }

    @Test
    void aKeyMadeFromALongNameKeepsItsFirstNamingWordsUpTo24Characters() {
        assertThat(SourceRules.keyFor("Instituto Nacional de Gestão e Redução do Risco de Desastres", List.of()))
                .isEqualTo("instituto-nacional");
        assertThat(SourceRules.keyFor("Office of the High Commissioner for Human Rights", List.of("le HCDH")))
                .isEqualTo("office-high-commissioner");
        assertThat(SourceRules.keyFor("Observatoire syrien des droits de l'homme", List.of()))
                .isEqualTo("observatoire-syrien").hasSizeLessThanOrEqualTo(SourceRules.MAX_MADE_KEY);
        assertThat(SourceRules.keyFor("Ministère de l'Intérieur", List.of())).isEqualTo("ministere-interieur");
        assertThat(SourceRules.keyFor("¿?", List.of())).isEqualTo("source");
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
