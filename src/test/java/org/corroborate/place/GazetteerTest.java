package org.corroborate.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.measure.Measure;
import org.corroborate.measure.Period;
import org.junit.jupiter.api.Test;

/** The curated registry, read as the app reads it: names in both languages, transliterations, the hierarchy. */
class GazetteerTest {

    private final Map<String, Long> ids = new HashMap<>();
    private final Gazetteer gazetteer = curated();

    private Gazetteer curated() {
        List<PlaceService.SeedPlace> seed = PlaceSeeder.curated();
        long next = 1;
        for (PlaceService.SeedPlace s : seed) {
            ids.put(s.key(), next++);
        }
        List<PlaceRow> rows = new ArrayList<>();
        for (PlaceService.SeedPlace s : seed) {
            rows.add(new PlaceRow(ids.get(s.key()), 0, s.key(), s.name(), s.nameFr(), s.kind(),
                    s.parentKey() == null ? null : ids.get(s.parentKey()), List.of(), List.of(), s.aliases()));
        }
        return new Gazetteer(rows);
    }

    @Test
    void idlebIdlibAndItsArabicNameAreOnePlace() {
        for (String text : List.of("Combats à Idleb.", "Fighting in Idlib.", "قصف في إدلب.")) {
            assertThat(gazetteer.read(text).dominant()).as(text).isEqualTo(ids.get("idlib-province"));
        }
    }

    @Test
    void maaretAlNoumanLiesWithinIdlibProvinceWithinSyria() {
        long maarat = gazetteer.read("Des frappes sur Maaret al-Nouman.").dominant();
        assertThat(maarat).isEqualTo(ids.get("maarat-al-numan"));
        assertThat(gazetteer.lineage(maarat).ids())
                .containsExactly(ids.get("maarat-al-numan"), ids.get("idlib-province"), ids.get("syria"));
        assertThat(gazetteer.compatible(ids.get("idlib-province")))
                .contains(ids.get("syria"), ids.get("maarat-al-numan")).doesNotContain(ids.get("aleppo"));
    }

    @Test
    void aFigureTakesThePlaceItsSentenceIntroducesNotAGovernmentNamedByItsCapital() {
        String text = "Le conflit en Syrie, déclenché en 2011 par la répression de Damas, a fait plus de 370'000 morts.";
        int at = text.indexOf("plus de 370'000 morts");
        Measure scoped = gazetteer.read(text).scope(new Measure(QuantityKind.DEATHS, "morts", null, "depuis 2011"),
                at, at + 21, LocalDate.of(2019, 12, 24));
        assertThat(scoped.placeId()).isEqualTo(ids.get("syria"));
        assertThat(scoped.days()).isEqualTo(Period.stated(LocalDate.of(2011, 1, 1), LocalDate.of(2019, 12, 24)));
    }

    @Test
    void aFigureWhoseSentenceNamesNoPlaceTakesTheReportsDominantPlaceAndTheDaysBeforeIt() {
        String text = "Floods hit Beira on Thursday. Rescuers are still searching. At least 42 people died, officials said.";
        int at = text.indexOf("At least 42 people");
        Measure scoped = gazetteer.read(text, "Mozambique floods: at least 42 dead in Beira")
                .scope(new Measure(QuantityKind.DEATHS, "people", null, null), at, at + 18, LocalDate.of(2019, 3, 16));
        assertThat(scoped.placeId()).isEqualTo(ids.get("beira"));
        assertThat(scoped.days()).isEqualTo(Period.before(LocalDate.of(2019, 3, 16)));
        assertThat(SameMeasureOf.placeCompatible(gazetteer, ids.get("beira"), ids.get("mozambique"))).isTrue();
    }

    @Test
    void adjectivesOfNationalityAreNotPlaces() {
        assertThat(gazetteer.read("Douze postes d'observation turcs et l'armée syrienne.").dominant()).isNull();
    }

    /** The [start, end) of each figure, found by its words. */
    private static List<int[]> spans(String text, String... figures) {
        List<int[]> spans = new ArrayList<>();
        for (String f : figures) {
            int at = text.indexOf(f);
            assertThat(at).as(f).isNotNegative();
            spans.add(new int[] {at, at + f.length()});
        }
        return spans;
    }

    @Test
    void aFloodStoryIsAboutBeiraNotTheGovernmentInMaputoNorTheAgencyInGeneva() {
        String title = "Mozambique : au moins 42 morts dans les inondations à Beira";
        String text = "Au moins 42 personnes sont mortes à Beira depuis jeudi, selon les autorités locales. "
                + "Le gouvernement de Maputo a décrété l'état d'urgence, et Maputo promet une aide rapide. "
                + "Plus de 15 000 personnes ont été déplacées à Beira et dans les quartiers voisins. "
                + "Le Bureau de la coordination des affaires humanitaires, basé à Genève, estime que 400 000 "
                + "personnes ont besoin d'aide. Maputo a demandé le soutien de ses voisins.";
        List<Long> places = gazetteer.storyPlaces(text, title,
                spans(text, "Au moins 42 personnes", "15 000 personnes", "400 000"));
        assertThat(places).containsExactly(ids.get("beira"));
        assertThat(gazetteer.fullName(places.getFirst(), java.util.Locale.FRENCH)).isEqualTo("Beira, Sofala, Mozambique");
    }

    @Test
    void aShellingStoryIsAboutKharkivNotTheCapitalsItQuotes() {
        String title = "Russian shelling kills 12 in Kharkiv";
        String text = "At least 12 people were killed and 40 wounded when Russian missiles hit Kharkiv on Tuesday, "
                + "regional governor Oleh Syniehubov said. Moscow said it struck military targets; Kyiv called the "
                + "strikes a war crime. Officials in Moscow denied hitting homes. In Kharkiv, 300 people spent the "
                + "night in the metro. Kyiv asked for more air defence.";
        List<Long> places = gazetteer.storyPlaces(text, title, spans(text, "At least 12 people", "40 wounded",
                "300 people"));
        assertThat(places).containsExactly(ids.get("kharkiv"));
        assertThat(gazetteer.fullName(places.getFirst(), java.util.Locale.ENGLISH)).isEqualTo("Kharkiv, Ukraine");
    }

    @Test
    void aVillageAndItsProvinceAreOnePlaceTheProvinceWhenMostFiguresAreElsewhereInIt() {
        String text = "Au moins 20 civils ont été tués à Maaret al-Nouman. Dans la province d'Idleb, 235 000 "
                + "personnes ont fui en deux semaines. Près de Saraqeb, 12 soldats ont été tués. "
                + "Le conflit en Syrie a fait plus de 370 000 morts depuis 2011.";
        List<Long> places = gazetteer.storyPlaces(text, "Idleb : l'exode", spans(text, "20 civils",
                "235 000", "12 soldats", "370 000 morts"));
        assertThat(places).containsExactly(ids.get("idlib-province"));
    }

    @Test
    void twoTownsOfOneCountryCollapseIntoTheCountryTwoCountriesAreListedBoth() {
        String libya = "In Derna, 5,300 people died after the dams burst. In Benghazi, 170 people died in the storm. "
                + "In Derna, 10,000 are missing. In Benghazi, 2,000 homes were damaged.";
        assertThat(gazetteer.storyPlaces(libya, "Libya floods", spans(libya, "5,300", "170 people", "10,000",
                "2,000 homes"))).containsExactly(ids.get("libya"));
        String quake = "Dans la province de Kahramanmaraş, 12 000 morts ont été recensés. À Alep, 1 400 personnes "
                + "sont mortes. À Kahramanmaraş, 3 000 immeubles se sont effondrés. À Alep, 30 000 déplacés.";
        assertThat(gazetteer.storyPlaces(quake, "Séisme en Turquie et en Syrie", spans(quake, "12 000 morts",
                "1 400 personnes", "3 000 immeubles", "30 000 déplacés")))
                .containsExactlyInAnyOrder(ids.get("kahramanmaras"), ids.get("aleppo"));
    }

    @Test
    void aStoryThatOnlyNamesItsPlaceBareTakesThePlaceItNamesMost() {
        String text = "Idleb: 260 morts en cinq jours. Idleb reste sous les bombes.";
        assertThat(gazetteer.storyPlaces(text, "", spans(text, "260 morts")))
                .containsExactly(ids.get("idlib-province"));
    }

    @Test
    void namesFollowTheLanguage() {
        long damascus = ids.get("damascus");
        assertThat(gazetteer.name(damascus, java.util.Locale.FRENCH)).isEqualTo("Damas");
        assertThat(gazetteer.name(damascus, java.util.Locale.ENGLISH)).isEqualTo("Damascus");
        assertThat(gazetteer.fullName(ids.get("maarat-al-numan"), java.util.Locale.FRENCH))
                .isEqualTo("Maaret al-Nouman, province d'Idleb, Syrie");
        assertThat(gazetteer.name(ids.get("geneva"), java.util.Locale.FRENCH)).isEqualTo("Genève");
        assertThat(gazetteer.name(ids.get("moscow"), java.util.Locale.FRENCH)).isEqualTo("Moscou");
        assertThat(gazetteer.name(ids.get("kyiv"), java.util.Locale.FRENCH)).isEqualTo("Kiev");
        assertThat(gazetteer.name(ids.get("aleppo"), java.util.Locale.FRENCH)).isEqualTo("Alep");
        // a French name is also a name the texts are read by
        assertThat(gazetteer.read("Des frappes à Genève.").dominant()).isEqualTo(ids.get("geneva"));
    }

    /** The place the figure at {@code quote} counts, read from its sentence. */
    private Long placeOf(String text, String quote) {
        int at = text.indexOf(quote);
        assertThat(at).as(quote).isNotNegative();
        return gazetteer.read(text).inSentence(at, at + quote.length());
    }

    @Test
    void aPlaceNamedAsAPointOfReferenceIsNotThePlaceTheFigureCountsButTheOneItLiesWithin() {
        // walker F28: villages "au sud de Marrakech" are not in Marrakech; they are in Morocco
        assertThat(placeOf("Entre 30 et 40 villages ont été détruits dans les vallées au sud de Marrakech.",
                "30 et 40 villages")).isEqualTo(ids.get("morocco"));
        assertThat(placeOf("L'épicentre se trouvait à 72 kilomètres au sud-ouest de Marrakech.", "72 kilomètres"))
                .isEqualTo(ids.get("morocco"));
        assertThat(placeOf("Une frappe a tué 9 civils à 15 km de Maaret al-Nouman, selon l'OSDH.", "9 civils"))
                .isEqualTo(ids.get("idlib-province"));
        assertThat(placeOf("Près de Saraqeb, 12 soldats ont été tués.", "12 soldats"))
                .isEqualTo(ids.get("idlib-province"));
        assertThat(placeOf("In a village 40 km south of Kharkiv, 14 people were killed overnight.", "14 people"))
                .isEqualTo(ids.get("ukraine"));
        assertThat(placeOf("Two dams burst near Derna, sweeping away at least 2,000 homes.", "2,000 homes"))
                .isEqualTo(ids.get("libya"));
        assertThat(placeOf("About 600 people sheltered in schools outside Kyiv.", "600 people"))
                .isEqualTo(ids.get("ukraine"));
    }

    @Test
    void aPartOfAPlaceIsThePlaceItself() {
        assertThat(placeOf("Dans le sud d'Idleb, 235 000 personnes ont fui.", "235 000"))
                .isEqualTo(ids.get("idlib-province"));
        assertThat(placeOf("Dans l'est d'Alep, 30 civils ont été tués.", "30 civils")).isEqualTo(ids.get("aleppo"));
        assertThat(placeOf("In the north of Kharkiv, 40 homes were hit.", "40 homes")).isEqualTo(ids.get("kharkiv"));
        assertThat(placeOf("Au moins 20 civils ont été tués à Marrakech.", "20 civils"))
                .isEqualTo(ids.get("marrakech"));
        // a country named so has nothing around it in the registry: it stays itself
        assertThat(placeOf("Au sud de la Syrie, 18 000 personnes ont fui.", "18 000")).isEqualTo(ids.get("syria"));
    }

    @Test
    void anEarthquakeStoryNamingMarrakechAsAPointOfReferenceIsAboutMoroccoNotMarrakech() {
        String text = "Le séisme qui a frappé vendredi soir le Haut Atlas a fait au moins 2 012 morts, selon le "
                + "ministère de l'Intérieur. Dans la province d'Al-Haouz, la plus touchée, plus de 1 200 personnes ont "
                + "péri. Entre 30 et 40 villages ont été détruits dans les vallées au sud de Marrakech. L'épicentre se "
                + "trouvait à 72 kilomètres au sud-ouest de Marrakech.";
        assertThat(gazetteer.storyPlaces(text, "Séisme : au moins 2 012 morts", spans(text, "au moins 2 012",
                "plus de 1 200", "30 et 40 villages", "72 kilomètres"))).containsExactly(ids.get("morocco"));
    }

    @Test
    void aReportsOverallTollCountsThePlaceItsPartsLieWithinNotTheFirstPart() {
        String text = "Le bilan provisoire du séisme s'élève à 2 012 morts et 2 059 blessés. La province d'Al-Haouz "
                + "compte 1 293 décès.";
        List<Measure> scoped = gazetteer.read(text).scopeAll(List.of(
                stated(text, "2 012 morts", QuantityKind.DEATHS), stated(text, "2 059 blessés", QuantityKind.INJURED),
                stated(text, "1 293 décès", QuantityKind.DEATHS)), LocalDate.of(2023, 9, 9));
        assertThat(scoped.get(0).placeId()).as("the overall toll").isEqualTo(ids.get("morocco"));
        assertThat(scoped.get(2).placeId()).as("the province's part").isEqualTo(ids.get("al-haouz"));
        // no injured figure is placed in the province: the injured keep the report's place, as before
        assertThat(scoped.get(1).placeId()).isEqualTo(ids.get("al-haouz"));

        String english = "The death toll has risen to 1,541, AFAD said. In Hatay, 361 people died; in "
                + "Kahramanmaraş, 437.";
        List<Measure> turkey = gazetteer.read(english, "Turkey earthquake update").scopeAll(List.of(
                stated(english, "1,541", QuantityKind.DEATHS), stated(english, "361 people", QuantityKind.DEATHS)),
                LocalDate.of(2023, 2, 6));
        assertThat(turkey.get(0).placeId()).isEqualTo(ids.get("turkey"));
        assertThat(turkey.get(1).placeId()).isEqualTo(ids.get("hatay"));
    }

    @Test
    void aReportWhosePlaceNoFigureOfTheKindIsPlacedAtKeepsIt() {
        String text = "Floods hit Beira on Thursday. At least 42 people died, officials said. In Beira, 15,000 were "
                + "displaced.";
        List<Measure> scoped = gazetteer.read(text).scopeAll(List.of(stated(text, "42 people", QuantityKind.DEATHS),
                stated(text, "15,000", QuantityKind.DISPLACED)), LocalDate.of(2019, 3, 16));
        assertThat(scoped.get(0).placeId()).isEqualTo(ids.get("beira"));
    }

    private static Gazetteer.Stated stated(String text, String quote, QuantityKind kind) {
        int at = text.indexOf(quote);
        assertThat(at).as(quote).isNotNegative();
        return new Gazetteer.Stated(new Measure(kind, null, null, null), at, at + quote.length());
    }

    /** Compatibility as the candidate look-up asks it. */
    private static final class SameMeasureOf {
        static boolean placeCompatible(Gazetteer g, long a, long b) {
            return g.compatible(a).contains(b);
        }
    }
}
