package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 11: numbers are read with the conventions of the words around them, whatever language the text was given. */
class ReadingConventionsTest {

    private static final FigureExtractor X = new FigureExtractor();

    private static ExtractedFigure only(String text, Locale language) {
        List<ExtractedFigure> figures = X.extract(text, language).figures();
        assertEquals(1, figures.size(), () -> text + " → " + figures);
        return figures.get(0);
    }

    @Test
    void anEnglishStoryGivenAsFrenchKeepsItsThousands() {
        ExtractedFigure f = only("More than 25,000 people fled the city on Tuesday, the UN said.", Locale.FRENCH);
        assertEquals(0, new BigDecimal("25000").compareTo(f.low()));
        assertFalse(f.ambiguousNumber());
    }

    @Test
    void anEnglishQuoteInAFrenchStoryIsReadTheEnglishWay() {
        List<ExtractedFigure> figures = X.extract("Selon l'ONU, « more than 1,200 people were killed », a déclaré "
                + "le porte-parole. Le bilan est de 1,5 million.", Locale.FRENCH).figures();
        assertEquals(0, new BigDecimal("1200").compareTo(figures.get(0).low()));
        assertEquals(0, new BigDecimal("1500000").compareTo(figures.get(1).low()));
    }

    @Test
    void aFrenchSentenceInAnEnglishTextGroupsWithItsDot() {
        ExtractedFigure f = only("Le ministère a annoncé que 1.200 personnes ont été évacuées.", Locale.ENGLISH);
        assertEquals(0, new BigDecimal("1200").compareTo(f.low()));
    }

    @Test
    void aFrenchDecimalStaysADecimal() {
        ExtractedFigure f = only("Le taux de chômage est de 7,125 % selon l'institut.", Locale.FRENCH);
        assertEquals(0, new BigDecimal("7.125").compareTo(f.low()));
        assertFalse(f.ambiguousNumber());
    }

    @Test
    void threeZerosAfterACommaAreAlwaysAGroup() {
        assertEquals(0, new BigDecimal("25000").compareTo(only("Bilan : 25,000", Locale.FRENCH).low()));
    }

    @Test
    void aMarkNoWordDecidesIsReadInTheTextsLanguageAndFlagged() {
        ExtractedFigure fr = only("Bilan : 1,200", Locale.FRENCH);
        assertEquals(0, new BigDecimal("1.2").compareTo(fr.low()));
        assertTrue(fr.ambiguousNumber());
        ExtractedFigure en = only("Toll: 1,200", Locale.ENGLISH);
        assertEquals(0, new BigDecimal("1200").compareTo(en.low()));
        assertTrue(en.ambiguousNumber());
    }

    @Test
    void detectsTheLanguageOrSaysItCannot() {
        assertEquals(Optional.of("en"), Languages.detect("More than 25,000 people fled the city, the UN said."));
        assertEquals(Optional.of("fr"), Languages.detect("Plus de 25 000 personnes ont fui la ville, selon l'ONU."));
        assertEquals(Optional.empty(), Languages.detect("1,200"));
        assertEquals(Optional.empty(), Languages.detect(""));
    }
}
