package org.corroborate.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.corroborate.evidence.domain.CheckedFigure;
import org.corroborate.evidence.domain.StatedValue;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.Figure;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts a figure's sentence breaks it down into ("dont", "including"), which the parts check adds up: they end
 * where the breakdown does (third walk, H20: « près de 1 500 sapeurs-pompiers ont été engagés, dont une bonne moitié de
 * volontaires, et dénonce ... « Il manque au moins 6 Canadair » » showed « 6 = 6 fits près de 1 500 »). Each row: the
 * sentence, the whole's quote, the other figures' quotes (same kind) and the parts read, separated by "/".
 */
class BreakdownPartsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Les combats ont fait environ 260 morts, dont 110 membres des forces prorégime et 148 jihadistes. | environ 260 | 110/148 | 110/148",
        "At least 75 people died, including 30 children, 12 women, and 4 rescuers.                        | At least 75 | 30/12/4 | 30/12/4",
        "Près de 1 500 pompiers sont engagés, dont une moitié de volontaires, et le syndicat dénonce : « Il manque au moins 6 Canadair ». | Près de 1 500 | au moins 6 | -",
        "Some 300 people were hurt, including 40 police officers; 12 journalists were also attacked.      | Some 300 | 40/12 | 40",
        "Plus de 700 pompiers, dont 200 volontaires, et 1 200 gendarmes sont mobilisés.                    | Plus de 700 | 200/1 200 | 200",
        "Au moins 40 morts, dont 12 enfants et 3 secouristes, selon la préfecture.                         | Au moins 40 | 12/3 | 12/3",
    })
    void partsEndWhereTheBreakdownDoes(String text, String wholeQuote, String others, String expected) {
        Figure whole = figure(text, wholeQuote);
        List<Figure> story = new java.util.ArrayList<>(List.of(whole));
        Arrays.stream(others.split("/")).map(q -> figure(text, q)).forEach(story::add);

        CheckedFigure checked = DomainMapping.figure(whole, Instant.parse("2026-08-12T10:00:00Z"), text, story,
                Instant.now());

        assertThat(checked.parts()).extracting(StatedValue::headline).map(BigDecimal::stripTrailingZeros)
                .containsExactlyElementsOf("-".equals(expected) ? List.of() : Arrays.stream(expected.split("/"))
                        .map(n -> new BigDecimal(n.replace(" ", "")).stripTrailingZeros()).toList());
    }

    private static Figure figure(String text, String quote) {
        String digits = quote.replaceAll("[^0-9]", "");
        BigDecimal n = new BigDecimal(digits);
        return Figure.anchor(1L, text, text.indexOf(quote), quote, Quantity.of(Qualifier.EXACT, n, n, null),
                new Measure(QuantityKind.PEOPLE, null, null, null), null);
    }
}
