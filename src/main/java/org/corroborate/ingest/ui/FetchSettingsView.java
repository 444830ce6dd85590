package org.corroborate.ingest.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import org.corroborate.ingest.FetchSettings;
import org.corroborate.security.Role;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Where the server may read pages from (admins): public addresses always; the networks listed here too, for an
 * intranet. Private, loopback and link-local addresses are refused otherwise.
 */
@Route("settings/fetching")
@RolesAllowed(Role.Names.ADMIN)
class FetchSettingsView extends VerticalLayout implements HasDynamicTitle {

    final TextArea networks = new TextArea();
    final Button save = new Button();
    private final FetchSettings settings;
    private long version;

    FetchSettingsView(FetchSettings settings) {
        this.settings = settings;
        networks.setLabel(getTranslation("fetching.networks"));
        networks.setHelperText(getTranslation("fetching.networks.help"));
        networks.setWidth("min(640px, 100%)");
        networks.setMinHeight("8em");
        save.setText(getTranslation("fetching.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        show(settings.allowed());
        add(new H2(getTranslation("fetching.title")), new Paragraph(getTranslation("fetching.help")), networks, save);
    }

    private void show(FetchSettings.Allowed allowed) {
        version = allowed.version();
        networks.setValue(String.join("\n", allowed.networks()));
    }

    void save() {
        try {
            show(settings.allow(Arrays.asList(networks.getValue().split("\\R")), version));
            networks.setInvalid(false);
            Notification.show(getTranslation("fetching.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (IllegalArgumentException wrong) {
            networks.setErrorMessage(getTranslation("fetching.invalid", wrong.getMessage()));
            networks.setInvalid(true);
        } catch (OptimisticLockingFailureException stale) {
            Notification.show(getTranslation("fetching.stale"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(settings.allowed());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fetching.title") + " · Corroborate";
    }
}
