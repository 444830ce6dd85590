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
            rows.add(new PlaceRow(ids.get(s.key()), 0, s.key(), s.name(), s.kind(),
                    s.parentKey() == null ? null : ids.get(s.parentKey()), List.of(), s.aliases()));
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

    /** Compatibility as the candidate look-up asks it. */
    private static final class SameMeasureOf {
        static boolean placeCompatible(Gazetteer g, long a, long b) {
            return g.compatible(a).contains(b);
        }
    }
}
