package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pasted news carries characters that show nothing or show as a space (walker F33): a number split by one of them is
 * read whole, a word cut by a soft hyphen is still the word, an Arabic word quoted beside a number says what it counts,
 * and every offset stays in the text as written. In the rows {@code ZWSP}, {@code WJ}, {@code SHY}, {@code RLM},
 * {@code NNBSP}, {@code THIN}, {@code HAIR} and {@code TATWEEL} stand for the character. Each row: text, language, the
 * figure's value, its kind, its quote as written.
 */
class InvisibleCharactersTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Le dernier bilan fait état de 2ZWSP012 morts, selon le ministère de l'Intérieur.                   | fr | 2012   | DEATHS    | 2ZWSP012",
        "The ministry put the death toll at 2WJ946 on Monday.                                                | en | 2946   | DEATHS    | 2WJ946",
        "Plus de 300 000 déSHYplacés ont trouvé refuge dans des écoles, selon l'Unicef.                      | fr | 300000 | DISPLACED | Plus de 300 000",
        "Some 128,000 people were disSHYplaced by the floods, the agency said.                               | en | 128000 | DISPLACED | Some 128,000",
        "Les secours ont dénombré 2THIN059 blessés dans la province d'Al-Haouz.                              | fr | 2059   | INJURED   | 2THIN059",
        "Les autorités ont recensé 1NNBSP404 blessés graves.                                                 | fr | 1404   | INJURED   | 1NNBSP404",
        "Rescue teams have reached 1HAIR200 villages cut off by the floods.                                 | en | 1200   | PLACES    | 1HAIR200",
        "Près de 370 000 personnes ont été déplacées, et la presse de Rabat titrait « جرحى 150 ».            | fr | 150    | INJURED   | 150",
        "The storm displaced 128,000 people; a Syrian outlet headlined “RLMجرحى 150RLM”.                   | en | 150    | INJURED   | 150",
        "Le journal a publié samedi le chiffre de « ١٥٠ جريحا » au nord de Marrakech.                        | fr | 150    | INJURED   | ١٥٠",
        "Les déplacés se comptent par milliers, selon la chaîne qui annonçait « 12 قتيTATWEELلا ».           | fr | 12     | DEATHS    | 12",
    })
    void readsTheFigureAsTheReaderSeesIt(String row, String language, String value, QuantityKind kind, String quote) {
        String text = chars(row);
        List<ExtractedFigure> found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH)
                .figures();
        ExtractedFigure figure = found.stream().filter(f -> f.quote().equals(chars(quote))).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + quote + " in " + found));
        assertEquals(0, new BigDecimal(value).compareTo(figure.low()), figure::toString);
        assertEquals(kind, figure.kind(), figure::toString);
        assertEquals(chars(quote), text.substring(figure.start(), figure.end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SelonZWSP l'OSDH, 2ZWSP012 morts et 150 blessésSHY ont été recensés. | fr | 150 | blessés | l'OSDH",
        "At least 2WJ946 people died and 150 people were injured,RLM OCHA said. | en | 150 | people  | OCHA",
    })
    void keepsTheSubjectAndTheSourceAfterAnInvisibleCharacterWhereTheyAreWritten(String row, String language,
            String quote, String subject, String source) {
        String text = chars(row);
        ExtractedFigure figure = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH)
                .figures().stream().filter(f -> f.quote().equals(quote)).findFirst().orElseThrow();
        assertEquals(subject, figure.subject(), figure::toString);
        assertEquals(source, figure.attribution().mention(), figure::toString);
        assertEquals(source, text.substring(figure.attribution().start(), figure.attribution().end()));
    }

    private static String chars(String row) {
        return row.replace("ZWSP", "\u200B").replace("WJ", "\u2060").replace("SHY", "\u00AD").replace("RLM", "\u200F")
                .replace("NNBSP", "\u202F").replace("THIN", "\u2009").replace("HAIR", "\u200A")
                .replace("TATWEEL", "\u0640");
    }
}
