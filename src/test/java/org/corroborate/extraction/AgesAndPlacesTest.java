package org.corroborate.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ages and places counted as people (third walk, H8): "voting is compulsory for citizens aged 18 to 64" gave "64"
 * people, which came back at Approve story as a toll nobody checked; « une femme d'environ 80 ans » a duration of about
 * 80 attributed to the prefecture; « Quelque 2 500 personnes ont été évacuées de 17 communes » 17 displaced. An age
 * range is no figure, whichever way it is written; an approximate age is an age; places counted are things counted,
 * never the people evacuated from them. Each row: the text, its language, and each figure found as quote and kind, in
 * order.
 */
class AgesAndPlacesTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // age ranges
        "Voting is compulsory for citizens aged 18 to 64, the council said.                    | en | ",
        "Voting is optional for those aged between 16 and 18 and for those aged over 65.        | en | ",
        "The vaccine is offered to adults aged 50-64 and to 1,200 care workers.                 | en | 1,200 PEOPLE",
        "Le vote est obligatoire pour les citoyens âgés de 18 à 64 ans, selon le conseil.        | fr | ",
        "Les personnes âgées de 65 ans et plus, soit 3 000 habitants, ont été recensées.         | fr | 3 000 PEOPLE",
        // approximate ages
        "Une femme d'environ 80 ans a été retrouvée morte dans sa maison, selon la préfecture.  | fr | ",
        "Un homme de près de 70 ans a été grièvement blessé.                                    | fr | ",
        "A woman of about 80 was found dead in her home, the prefecture said.                   | en | ",
        // places counted
        "Quelque 2 500 personnes ont été évacuées de 17 communes, selon la préfecture.          | fr | Quelque 2 500 DISPLACED; 17 PLACES",
        "Some 40,000 people were evacuated from 12 villages and 3 towns, officials said.        | en | Some 40,000 DISPLACED; 12 PLACES; 3 PLACES",
        "Les inondations ont fait 12 morts dans 5 départements.                                  | fr | 12 DEATHS; 5 PLACES",
    })
    void readsAgesAsNoFigureAndPlacesAsThings(String text, String language, String expected) {
        Extraction found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH);
        StringBuilder figures = new StringBuilder();
        for (ExtractedFigure f : found.figures()) {
            figures.append(figures.isEmpty() ? "" : "; ").append(f.quote()).append(' ').append(f.kind());
        }
        assertEquals(expected == null ? "" : expected, figures.toString(), text);
    }
}
