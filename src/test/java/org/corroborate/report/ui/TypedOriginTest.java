package org.corroborate.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.combobox.ComboBox;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.report.AssertionDraft;
import org.corroborate.source.SourceRef;
import org.corroborate.source.SourceService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The origin of a report's figure must be a registered source: a name typed there that no source has is refused with
 * a message quoting it (never dropped in silence, never saved as the previous source); a registered one's key typed
 * picks it.
 */
@SpringBootTest
@WithUserDetails("factchecker")
class TypedOriginTest extends SpringBrowserlessTest {

    @Autowired
    SourceService sources;

    @Test
    void aNameNoSourceHasIsRefusedWithAMessageThatQuotesIt() {
        List<SourceRef> registered = sources.choices();
        List<AssertionDraft> applied = new ArrayList<>();
        AssertionDialog dialog = new AssertionDialog(draft(registered.getFirst()), registered, applied::add);
        com.vaadin.flow.component.UI.getCurrent().add(dialog);
        dialog.open();

        type(dialog.origin, "Collectif des médecins de Kafranbel");
        test(dialog.apply).click();

        assertThat(applied).as("nothing applied").isEmpty();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.origin.getValue()).as("not the source chosen before").isNull();
        assertThat(dialog.origin.isInvalid()).isTrue();
        assertThat(dialog.origin.getErrorMessage()).isEqualTo("“Collectif des médecins de Kafranbel” is not a"
                + " registered source: choose one in the list, or register it first.");
    }

    @Test
    void aRegisteredSourcesKeyTypedPicksItAndApplies() {
        List<SourceRef> registered = sources.choices();
        SourceRef other = registered.getLast();
        List<AssertionDraft> applied = new ArrayList<>();
        AssertionDialog dialog = new AssertionDialog(draft(registered.getFirst()), registered, applied::add);
        com.vaadin.flow.component.UI.getCurrent().add(dialog);
        dialog.open();

        type(dialog.origin, "Collectif des médecins de Kafranbel");
        type(dialog.origin, other.key());
        test(dialog.apply).click();

        assertThat(applied).singleElement().extracting(AssertionDraft::origin).isEqualTo(other);
    }

    /** The holder read is shown ("Held by") and what the fact-checker types there is applied. */
    @Test
    void theHolderReadIsShownAndACorrectionApplies() {
        List<SourceRef> registered = sources.choices();
        List<AssertionDraft> applied = new ArrayList<>();
        AssertionDraft read = new AssertionDraft("61", 80, Qualifier.EXACT, new BigDecimal("61"), new BigDecimal("61"),
                null, QuantityKind.OTHER, "seats", null, null, registered.getFirst(), List.of(), false, "RC");
        AssertionDialog dialog = new AssertionDialog(read, registered, applied::add);
        com.vaadin.flow.component.UI.getCurrent().add(dialog);
        dialog.open();

        assertThat(dialog.holder.getLabel()).isEqualTo("Held by");
        assertThat(dialog.holder.getValue()).isEqualTo("RC");
        test(dialog.holder).setValue("Revolucion Ciudadana");
        test(dialog.apply).click();

        assertThat(applied).singleElement().extracting(AssertionDraft::holder).isEqualTo("Revolucion Ciudadana");
    }

    private static AssertionDraft draft(SourceRef origin) {
        return new AssertionDraft("17 morts", 40, Qualifier.EXACT, new BigDecimal("17"), new BigDecimal("17"), null,
                QuantityKind.DEATHS, "civils", null, null, origin, List.of());
    }

    private static void type(ComboBox<SourceRef> box, String name) {
        ComponentUtil.fireEvent(box, new ComboBox.CustomValueSetEvent<>(box, true, name));
    }
}
