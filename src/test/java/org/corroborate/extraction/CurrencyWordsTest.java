package org.corroborate.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Currencies written as words after an amount, in English and French news (walk of 5 December 2026, G7 and G8):
 * money in the currency's unit, whatever the currency; the same words are nothing without an amount before them.
 */
class CurrencyWordsTest {

    private static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | The union wants a minimum wage of 250,000 naira a month.          | 250,000 naira                     | NGN",
        "en | The budget sets aside 1.2 trillion naira for salaries.            | 1.2 trillion naira                | NGN",
        "en | The strike costs between 30 and 40 billion naira a day.           | between 30 and 40 billion naira   | NGN",
        "en | The minister said the government had paid 3.5bn naira in arrears. | 3.5bn naira                      | NGN",
        "en | Workers earn N250,000 a month, the union says.                    | N250,000                          | NGN",
        "en | A bag of rice now costs ₦70,000 in Lagos.                          | ₦70,000                           | NGN",
        "en | The central bank injected NGN 3.5bn into the market.              | NGN 3.5bn                         | NGN",
        "en | The bank set aside CHF 40 million for the settlement.             | CHF 40 million                    | CHF",
        "en | Damage is put at 1.2 billion Swiss francs.                        | 1.2 billion Swiss francs          | CHF",
        "en | Fuel now costs 600 rand a tank.                                   | 600 rand                          | ZAR",
        "en | Teachers in Accra earn 3,000 cedis a month.                       | 3,000 cedis                       | GHS",
        "en | Brazil spent 10 billion reais on the programme.                   | 10 billion reais                  | BRL",
        "en | The deal is worth 3 billion Egyptian pounds.                      | 3 billion Egyptian pounds         | EGP",
        "en | The rescue cost 500 million pesos.                                | 500 million pesos                 | peso",
        "en | The club paid 30 million pounds for the striker, the BBC said.    | 30 million pounds                 | £",
        "en | The government will spend 2 billion pounds on flood defences.     | 2 billion pounds                  | £",
        "en | The deal is worth about 45 million pounds.                        | about 45 million pounds           | £",
        "en | The firm was fined 5.2 million pounds by the regulator.           | 5.2 million pounds                | £",
        "fr | Les dégâts sont estimés à 1,2 milliard de francs suisses.          | 1,2 milliard de francs suisses    | CHF",
        "fr | La société a provisionné plus de 40 millions de francs.            | plus de 40 millions de francs     | franc",
        "fr | Le chantier coûtera quelque 45 millions de francs.                 | quelque 45 millions de francs     | franc",
        "fr | Le canton débloque 40 millions de CHF.                             | 40 millions de CHF                | CHF",
        "fr | Le salaire minimum passe à 60 000 francs CFA.                      | 60 000 francs CFA                 | XOF",
        "fr | Le Maroc a emprunté 5 milliards de dirhams marocains.              | 5 milliards de dirhams marocains  | MAD",
        "fr | L'Inde a débloqué 10 milliards de roupies.                         | 10 milliards de roupies           | rupee",
        "fr | Pékin a promis 2 milliards de yuans.                               | 2 milliards de yuans              | CNY",
    })
    void anAmountWithACurrencyWordIsMoneyInThatCurrency(String language, String text, String quote, String unit) {
        ExtractedFigure f = only(text, language);
        assertThat(f.quote()).isEqualTo(quote);
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.kind()).isEqualTo(QuantityKind.MONEY);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "fr | Le franc suisse a pris 3 % face à l'euro en 2 jours.      | 3 %",
        "en | The rand fell 2% against the dollar.                       | 2%",
        "en | Hospitals ran out of N95 masks after 3 days.               | 3",
        "en | The N7 motorway was closed over 40 km.                     | over 40 km",
    })
    void currencyWordsAndLettersWithoutAnAmountAreNotMoney(String language, String text, String quote) {
        ExtractedFigure f = only(text, language);
        assertThat(f.quote()).isEqualTo(quote);
        assertThat(f.kind()).isNotEqualTo(QuantityKind.MONEY);
    }

    /**
     * Walk2 G7's remainder: millions of pounds are money ("30 million pounds" was read as 30 million pounds in weight);
     * pounds of something, a few hundred pounds, "lbs" and « livres » (books as often) stay weights.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en | The company recalled 30 million pounds of beef over listeria.     | 30 million pounds                 | lb",
        "en | He weighed 300 pounds at the time of his arrest.                  | 300 pounds                        | lb",
        "en | Police seized 1,200 lbs of cocaine.                               | 1,200 lbs                         | lb",
        "fr | Il pesait 300 livres.                                             | 300 livres                        | lb",
    })
    void poundsOfSomethingOrAFewHundredStayWeights(String language, String text, String quote, String unit) {
        ExtractedFigure f = only(text, language);
        assertThat(f.quote()).isEqualTo(quote);
        assertThat(f.unit()).isEqualTo(unit);
        assertThat(f.kind()).isNotEqualTo(QuantityKind.MONEY);
    }

    @Test
    void aCurrencyNamedWithoutItsCountryIsTheSameMoneyAsItsFamilysMembersOnly() {
        assertThat(UnitSpellings.sameCurrency("franc", "CHF")).isTrue();
        assertThat(UnitSpellings.sameCurrency("CHF", "franc")).isTrue();
        assertThat(UnitSpellings.sameCurrency("rupee", "INR")).isTrue();
        assertThat(UnitSpellings.sameCurrency("XOF", "XAF")).as("the two CFA francs are at par").isTrue();
        assertThat(UnitSpellings.sameCurrency("CHF", "XOF")).isFalse();
        assertThat(UnitSpellings.sameCurrency("INR", "PKR")).isFalse();
        assertThat(UnitSpellings.sameCurrency("franc", "NGN")).isFalse();
        assertThat(UnitSpellings.sameCurrency("franc", "km")).isFalse();
    }

    @Test
    void aCurrencyTypedByAPersonIsReadAsTheEngineReadsIt() {
        assertThat(UnitSpellings.code("naira")).isEqualTo("NGN");
        assertThat(UnitSpellings.code("francs suisses")).isEqualTo("CHF");
        assertThat(UnitSpellings.isCurrency(UnitSpellings.code("NGN"))).isTrue();
        assertThat(UnitSpellings.isCurrency(UnitSpellings.code("km"))).isFalse();
    }

    private static ExtractedFigure only(String text, String language) {
        List<ExtractedFigure> found = EXTRACTOR.extract(text, language.equals("fr") ? Locale.FRENCH : Locale.ENGLISH)
                .figures();
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }
}
