package org.corroborate.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.domain.Tolerances;

/** An admin sets the tolerances that turn stated values into intervals; every standing is derived again. */
@Route("settings/tolerances")
@RolesAllowed("ADMIN")
class ToleranceSettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    final BigDecimalField approximate = percent("tolerances.approximate");
    final BigDecimalField nearly = percent("tolerances.nearly");
    final BigDecimalField vague = percent("tolerances.vague");
    final BigDecimalField largeRoundWord = percent("tolerances.large-round-word");
    final BigDecimalField precisionCap = percent("tolerances.precision-cap");
    final Button save = new Button();
    private final EvidenceService evidence;

    ToleranceSettingsView(EvidenceService evidence) {
        this.evidence = evidence;
        Tolerances t = evidence.tolerances();
        approximate.setValue(t.approximate().multiply(HUNDRED));
        nearly.setValue(t.nearly().multiply(HUNDRED));
        vague.setValue(t.vague().multiply(HUNDRED));
        largeRoundWord.setValue(t.largeRoundWord().multiply(HUNDRED));
        precisionCap.setValue(t.precisionCap().multiply(HUNDRED));
        save.setText(getTranslation("tolerances.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("tolerances.title")), new Paragraph(getTranslation("tolerances.help")),
                new FormLayout(approximate, nearly, vague, largeRoundWord, precisionCap), save);
    }

    private BigDecimalField percent(String key) {
        BigDecimalField field = new BigDecimalField(getTranslation(key));
        field.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        field.setHelperText(getTranslation(key + ".help"));
        return field;
    }

    void save() {
        try {
            evidence.changeTolerances(new Tolerances(share(approximate), share(nearly), share(vague),
                    share(largeRoundWord), share(precisionCap)));
            Notification.show(getTranslation("tolerances.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException invalid) {
            Notification.show(getTranslation("tolerances.invalid"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static BigDecimal share(BigDecimalField field) {
        BigDecimal value = field.getValue();
        if (value == null) {
            field.setInvalid(true);
            throw new IllegalArgumentException("empty " + field.getLabel());
        }
        return value.divide(HUNDRED);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tolerances.title") + " · Corroborate";
    }
}
