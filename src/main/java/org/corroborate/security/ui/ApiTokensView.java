package org.corroborate.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import org.corroborate.base.ui.Formats;
import org.corroborate.security.ApiToken;
import org.corroborate.security.ApiTokenService;
import org.jspecify.annotations.Nullable;

/**
 * Each user's personal API tokens: create one (its secret is shown once, here, and never again), see which
 * exist and when they were last used, revoke one.
 */
@Route("settings/tokens")
@PermitAll
class ApiTokensView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final Button create = new Button();
    final TextField secret = new TextField();
    final Paragraph secretHint = new Paragraph();
    final Grid<ApiToken> tokens = new Grid<>();
    private final ApiTokenService service;

    ApiTokensView(ApiTokenService service) {
        this.service = service;
        name.setLabel(getTranslation("tokens.name"));
        name.setPlaceholder(getTranslation("tokens.name.placeholder"));
        name.setMaxLength(100);
        create.setText(getTranslation("tokens.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        secret.setLabel(getTranslation("tokens.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setVisible(false);
        secretHint.setText(getTranslation("tokens.secret.hint"));
        secretHint.setVisible(false);

        tokens.addColumn(ApiToken::getName).setHeader(getTranslation("tokens.column.name"));
        tokens.addColumn(t -> when(t.getCreatedAt())).setHeader(getTranslation("tokens.column.created"));
        tokens.addColumn(t -> t.getLastUsedAt() == null ? getTranslation("tokens.never") : when(t.getLastUsedAt()))
                .setHeader(getTranslation("tokens.column.last-used"));
        tokens.addColumn(t -> t.getRevokedAt() == null ? "" : when(t.getRevokedAt()))
                .setHeader(getTranslation("tokens.column.revoked"));
        tokens.addComponentColumn(this::revokeButton);
        tokens.setAllRowsVisible(true);

        add(new H2(getTranslation("tokens.title")), new Paragraph(getTranslation("tokens.help")), form, secret,
                secretHint, tokens);
        refresh();
    }

    void create() {
        String token = service.create(name.getValue());
        secret.setValue(token);
        secret.setVisible(true);
        secretHint.setVisible(true);
        name.clear();
        refresh();
    }

    void revoke(ApiToken token) {
        service.revoke(token.getId());
        // A revoked token's secret must not linger on screen either.
        secret.clear();
        secret.setVisible(false);
        secretHint.setVisible(false);
        refresh();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("tokens.revoke"), e -> revoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("revoke-token");
        revoke.setVisible(token.getRevokedAt() == null);
        return revoke;
    }

    private void refresh() {
        tokens.setItems(service.mine());
    }

    private String when(@Nullable Instant instant) {
        return instant == null ? "" : Formats.dateTime(instant, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tokens.title");
    }
}
