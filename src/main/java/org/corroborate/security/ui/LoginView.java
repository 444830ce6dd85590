package org.corroborate.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        add(new H1("Corroborate"), new Paragraph(getTranslation("login.tagline")), login);
    }


    /** The page says its language, as the app's layout does on every other page. */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        attach.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
        // The password field's "show password" button has its own English name; it is said in the page's language.
        login.getElement().executeJs("""
                const reveal = $0;
                customElements.whenDefined('vaadin-password-field').then(() => requestAnimationFrame(() =>
                  this.querySelectorAll('vaadin-password-field').forEach(f => f.i18n = {...(f.i18n || {}), reveal})));""",
                getTranslation("login.password.show"));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var locked = parameters.getOrDefault(LoginGuard.LOCKED_PARAMETER, java.util.List.of());
        if (!locked.isEmpty()) {
            login.showErrorMessage(getTranslation("login.locked.title"),
                    getTranslation("login.locked.message", minutes(locked.getFirst())));
        } else {
            login.setError(parameters.containsKey("error"));
        }
    }

    private static int minutes(String value) {
        try {
            return Math.clamp(Integer.parseInt(value), 1, 60);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Corroborate";
    }
}
