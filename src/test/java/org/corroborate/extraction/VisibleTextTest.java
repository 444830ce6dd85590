package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The text as its reader sees it (walker F33): what is dropped, what is replaced, and how offsets go back. */
class VisibleTextTest {

    @Test
    void aTextWithNothingInvisibleIsReadAsItIs() {
        String text = "Le séisme a fait 2 946 morts « selon l'OSDH ».";
        VisibleText seen = VisibleText.of(text);
        assertSame(text, seen.visible());
        assertTrue(seen.unchanged());
        assertEquals(5, seen.writtenStart(5));
        assertEquals(9, seen.writtenEnd(5, 9));
    }

    @Test
    void dropsTheCharactersThatShowNothing() {
        assertEquals("2012", VisibleText.of("2\u200B012").visible()); // zero-width space
        assertEquals("2012", VisibleText.of("2\u2060012").visible()); // word joiner
        assertEquals("2012", VisibleText.of("\uFEFF2012").visible()); // byte order mark
        assertEquals("déplacés", VisibleText.of("dé\u00ADplacés").visible()); // soft hyphen
        assertEquals("جرحى 150", VisibleText.of("\u202Bجرحى\u200F 150\u202C").visible()); // embedding, mark
        assertEquals("جرحى", VisibleText.of("جَرْحـى").visible()); // vowel marks and tatweel
    }

    @Test
    void readsEverySpaceAsASpaceAndArabicPunctuationAsItsLatinForm() {
        assertEquals("2 012 1 500 370 000 9 000", VisibleText.of("2\u202F012 1\u2009500 370\u00A0000 9\u200A000").visible());
        assertEquals("Beira\nMaputo", VisibleText.of("Beira\u2028Maputo").visible());
        assertEquals("150, 30%", VisibleText.of("150\u060C 30\u066A").visible());
    }

    @Test
    void takesOffsetsBackToTheTextAsWritten() {
        String written = "Selon\u200B l'OSDH, 2\u200B\u200B012 morts\u00AD et 150 blessés.";
        VisibleText seen = VisibleText.of(written);
        String visible = seen.visible();

        int toll = visible.indexOf("2012");
        assertEquals("2\u200B\u200B012", written.substring(seen.writtenStart(toll), seen.writtenEnd(toll, toll + 4)));
        int dead = visible.indexOf("morts");
        assertEquals("morts", written.substring(seen.writtenStart(dead), seen.writtenEnd(dead, dead + 5)));
        int injured = visible.indexOf("150");
        assertEquals("150", written.substring(seen.writtenStart(injured), seen.writtenEnd(injured, injured + 3)));
        assertEquals(seen.writtenStart(injured), seen.writtenEnd(injured, injured)); // an empty stretch stays empty
    }
}
