package org.corroborate.place.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.corroborate.place.PlaceKind;
import org.corroborate.place.PlaceRow;
import org.corroborate.place.PlaceService;
import org.corroborate.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The place registry's views, browserless: the list (names in the UI's language, found by any alias), registering a
 * place the news names, editing its names, aliases and the place it lies within; fact-checkers edit, viewers read.
 */
@SpringBootTest
class PlaceViewsTest extends SpringBrowserlessTest {

    @Autowired
    PlaceService places;

    @Autowired
    SystemAuthentication system;

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    @Test
    @WithUserDetails("factchecker")
    void theListFindsAPlaceByAnyOfItsNamesAndShowsWhereItLies() {
        PlaceListView list = navigate(PlaceListView.class);

        test(list.filter).setValue("Maaret al-Noomane");

        assertThat(rows(list)).extracting(PlaceRow::key).containsExactly("maarat-al-numan");
        assertThat(cell(list, 0, 0)).isEqualTo("Maarat al-Numan");
        assertThat(cell(list, 0, 1)).isEqualTo("Idlib province, Syria");
    }

    @Test
    @WithUserDetails("factchecker")
    void inTheFrenchUiTheListShowsFrenchNames() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        PlaceListView list = navigate(PlaceListView.class);

        test(list.filter).setValue("Damas");

        assertThat(rows(list)).extracting(PlaceRow::key).containsExactly("damascus");
        assertThat(cell(list, 0, 0)).isEqualTo("Damas");
        assertThat(cell(list, 0, 1)).isEqualTo("Syrie");
        assertThat(cell(list, 0, 2)).isEqualTo("ville ou localité");
        test(list.filter).setValue("Genève");
        assertThat(cell(list, 0, 0)).isEqualTo("Genève");
        assertThat(cell(list, 0, 1)).isEqualTo("Suisse");
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerRegistersAPlaceWithItsFrenchNameAliasesAndParent() {
        PlaceListView list = navigate(PlaceListView.class);
        test(list.newPlace).click();
        PlaceDialog dialog = (PlaceDialog) $(Dialog.class).single();
        test(dialog.name).setValue("Dondo " + unique);
        test(dialog.nameFr).setValue("Dondo (FR) " + unique);
        test(dialog.kind).selectItem("city or town");
        test(dialog.within).selectItem("Sofala, Mozambique");
        test(dialog.aliases).setValue("Vila Dondo " + unique + "\n\n  Dondo district " + unique + "  ");

        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        PlaceRow saved = system.call(() -> places.list("Dondo " + unique)).getFirst();
        assertThat(saved.nameFr()).isEqualTo("Dondo (FR) " + unique);
        assertThat(saved.kind()).isEqualTo(PlaceKind.CITY);
        assertThat(saved.within()).containsExactly("Sofala", "Mozambique");
        assertThat(saved.aliases()).containsExactlyInAnyOrder("Vila Dondo " + unique, "Dondo district " + unique);
        test(list.filter).setValue("Vila Dondo " + unique);
        assertThat(rows(list)).extracting(PlaceRow::id).containsExactly(saved.id());
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerEditsNamesAliasesAndWhereAPlaceLies() {
        long id = system.call(() -> places.register("Nhamatanda " + unique, null, PlaceKind.CITY, null,
                List.of("Nhamatanda town " + unique)));
        PlaceListView list = navigate(PlaceListView.class);
        test(list.filter).setValue("Nhamatanda " + unique);
        test(list.grid).clickRow(0);
        PlaceDialog dialog = (PlaceDialog) $(Dialog.class).single();
        assertThat(dialog.name.getValue()).isEqualTo("Nhamatanda " + unique);
        assertThat(dialog.aliases.getValue()).isEqualTo("Nhamatanda town " + unique);

        test(dialog.nameFr).setValue("Nhamatanda (ville) " + unique);
        test(dialog.within).selectItem("Sofala, Mozambique");
        test(dialog.aliases).setValue("Nhamatanda district " + unique);
        test(dialog.save).click();

        PlaceRow edited = system.call(() -> places.find(id)).orElseThrow();
        assertThat(edited.nameFr()).isEqualTo("Nhamatanda (ville) " + unique);
        assertThat(edited.within()).containsExactly("Sofala", "Mozambique");
        assertThat(edited.aliases()).containsExactly("Nhamatanda district " + unique);
        assertThat(cell(list, 0, 1)).isEqualTo("Sofala, Mozambique");
    }

    @Test
    @WithUserDetails("factchecker")
    void aPlaceCannotLieWithinAPlaceWithinItNorHaveNoName() {
        long outer = system.call(() -> places.register("Outer " + unique, null, PlaceKind.REGION, null, List.of()));
        system.run(() -> places.register("Inner " + unique, null, PlaceKind.CITY, outer, List.of()));
        PlaceListView list = navigate(PlaceListView.class);
        test(list.filter).setValue("Outer " + unique);
        test(list.grid).clickRow(rows(list).stream().map(PlaceRow::id).toList().indexOf(outer));
        PlaceDialog dialog = (PlaceDialog) $(Dialog.class).single();

        test(dialog.within).selectItem("Inner " + unique + ", Outer " + unique);
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.within.isInvalid()).isTrue();
        assertThat(dialog.within.getErrorMessage()).isEqualTo("A place cannot lie within itself.");
        assertThat(system.call(() -> places.find(outer)).orElseThrow().parentId()).isNull();

        test(dialog.name).setValue("  ");
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReadsTheListButCannotRegisterOrEdit() {
        PlaceListView list = navigate(PlaceListView.class);
        assertThat(list.newPlace.isVisible()).isFalse();
        test(list.filter).setValue("Beira");
        assertThat(rows(list)).extracting(PlaceRow::key).containsExactly("beira");

        test(list.grid).clickRow(0);

        assertThat($(Dialog.class).exists()).isFalse();
        assertThatThrownBy(() -> places.register("Refused " + unique, null, PlaceKind.CITY, null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
        long beira = rows(list).getFirst().id();
        assertThatThrownBy(() -> places.edit(beira, "Renamed", null, PlaceKind.CITY, null, List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<PlaceRow> rows(PlaceListView list) {
        var grid = test(list.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private String cell(PlaceListView list, int row, int column) {
        return test(list.grid).getCellText(row, column);
    }
}
