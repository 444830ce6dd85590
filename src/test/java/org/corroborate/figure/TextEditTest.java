package org.corroborate.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextEditTest {

    private static final String TEXT = "Selon l'OSDH, environ 260 morts en cinq jours. L'armée a repris 320 km2.";

    @Test
    void aSpanBeforeTheEditStaysWhereItIs() {
        TextEdit edit = TextEdit.between(TEXT, TEXT.replace("320 km2.", "320 km2 mardi."));

        assertThat(edit.follow(TEXT.indexOf("environ 260"), "environ 260")).hasValue(TEXT.indexOf("environ 260"));
    }

    @Test
    void aSpanAfterTheEditMovesByWhatWasInserted() {
        String edited = "Idleb. " + TEXT;

        assertThat(TextEdit.between(TEXT, edited).follow(TEXT.indexOf("320 km2"), "320 km2"))
                .hasValue(TEXT.indexOf("320 km2") + 7);
    }

    @Test
    void aSpanInsideTheChangedRegionIsFoundAgainByItsQuote() {
        String edited = TEXT.replace("Selon l'OSDH, environ 260 morts", "Environ 260 morts, selon l'OSDH,")
                .replace("Environ 260", "environ 260");

        assertThat(TextEdit.between(TEXT, edited).follow(TEXT.indexOf("environ 260"), "environ 260"))
                .hasValue(edited.indexOf("environ 260"));
    }

    @Test
    void aSpanWhoseWordsWereDeletedIsGone() {
        String edited = TEXT.replace("environ 260 morts", "de nombreux morts");

        assertThat(TextEdit.between(TEXT, edited).follow(TEXT.indexOf("environ 260"), "environ 260")).isEmpty();
    }

    @Test
    void repeatedCharactersAtTheEditAreNotCountedTwice() {
        TextEdit edit = TextEdit.between("aaa", "aaaa");

        assertThat(edit.prefix() + edit.suffix()).isEqualTo(3);
    }
}
