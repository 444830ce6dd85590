package org.corroborate.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameMeasureTest {

    private static final PlaceLineage SYRIA = new PlaceLineage(List.of(1L), "Syria");
    private static final PlaceLineage IDLIB = new PlaceLineage(List.of(2L, 1L), "Idlib province");
    private static final PlaceLineage MAARAT = new PlaceLineage(List.of(3L, 2L, 1L), "Maarat al-Numan");
    private static final PlaceLineage ALEPPO = new PlaceLineage(List.of(4L, 1L), "Aleppo governorate");
    private static final PlaceLineage MOZAMBIQUE = new PlaceLineage(List.of(9L), "Mozambique");

    private static final Period FIVE_DAYS = Period.stated(LocalDate.of(2019, 12, 19), LocalDate.of(2019, 12, 24));
    private static final Period SINCE_2011 = Period.stated(LocalDate.of(2011, 1, 1), LocalDate.of(2019, 12, 27));
    private static final Period MARCH_2019 = Period.stated(LocalDate.of(2019, 3, 14), LocalDate.of(2019, 3, 20));

    @Test
    void aVillageOfAProvinceCountsTowardsTheProvinceAndItsCountry() {
        assertThat(SameMeasure.match(new Scope(MAARAT, FIVE_DAYS), new Scope(IDLIB, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.SAME);
        assertThat(SameMeasure.match(new Scope(SYRIA, FIVE_DAYS), new Scope(MAARAT, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.SAME);
    }

    @Test
    void twoProvincesOfOneCountryAreDifferentEvents() {
        assertThat(SameMeasure.match(new Scope(IDLIB, FIVE_DAYS), new Scope(ALEPPO, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.DIFFERENT);
    }

    @Test
    void anotherCountryIsAnotherEventWhateverTheDays() {
        assertThat(SameMeasure.match(new Scope(MOZAMBIQUE, MARCH_2019), new Scope(SYRIA, SINCE_2011)))
                .isEqualTo(ScopeMatch.DIFFERENT);
    }

    @Test
    void aPeriodThatContainsAnotherIsTheSameMeasureButDaysThatDoNotMeetAreNot() {
        assertThat(SameMeasure.match(new Scope(SYRIA, SINCE_2011), new Scope(IDLIB, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.SAME);
        assertThat(SameMeasure.match(new Scope(IDLIB, MARCH_2019), new Scope(IDLIB, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.DIFFERENT);
    }

    @Test
    void anUnknownPlaceIsAWeakerMatchNeverAnEqualOne() {
        assertThat(SameMeasure.match(new Scope(null, FIVE_DAYS), new Scope(IDLIB, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.WEAKER);
        assertThat(SameMeasure.match(Scope.UNKNOWN, Scope.UNKNOWN)).isEqualTo(ScopeMatch.WEAKER);
    }

    @Test
    void anUnstatedPeriodIsAWeakerMatchWhenItMeetsAndAnotherEventWhenItDoesNot() {
        Period before24Dec = Period.before(LocalDate.of(2019, 12, 24));
        assertThat(SameMeasure.match(new Scope(IDLIB, before24Dec), new Scope(IDLIB, FIVE_DAYS)))
                .isEqualTo(ScopeMatch.WEAKER);
        assertThat(SameMeasure.match(new Scope(IDLIB, Period.before(LocalDate.of(2019, 3, 20))),
                new Scope(IDLIB, FIVE_DAYS))).isEqualTo(ScopeMatch.DIFFERENT);
    }
}
