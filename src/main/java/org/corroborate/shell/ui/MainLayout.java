package org.corroborate.shell.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.corroborate.inbox.ui.NotificationBell;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.corroborate.security.UserService;

/** The app shell: navigation, the user menu (language, logout). */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, UserService users, NotificationBell bell) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("Corroborate");
        brand.addClassName("brand");
        addToDrawer(brand, navigation());
        addToNavbar(new DrawerToggle(), spacer(), searchField(), languageSwitch(), bell,
                userMenu(authentication, users));
    }

    /** The page says its language (screen readers pronounce it, the browser hyphenates and spells it). */
    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attach) {
        attach.getUI().getPage().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
        // Vaadin marks a required select's value button (role=button) and a required date-time picker (role=group)
        // aria-required, which ARIA does not allow on those roles (axe: aria-allowed-attr, critical). Their inner
        // inputs say "required" already; the attribute is taken off where it is not allowed.
        attach.getUI().getPage().executeJs("""
                if (!window.__corroborateAriaRequired) {
                  const sel = 'vaadin-select-value-button[aria-required], vaadin-date-time-picker[aria-required]';
                  const fix = () => document.querySelectorAll(sel).forEach(e => e.removeAttribute('aria-required'));
                  window.__corroborateAriaRequired = new MutationObserver(fix);
                  window.__corroborateAriaRequired.observe(document.body, {subtree: true, childList: true,
                      attributes: true, attributeFilter: ['aria-required']});
                  fix();
                }""");
        // Vaadin's grid names its sort buttons "Sort by <column>" in English whatever the page's language.
        attach.getUI().getPage().executeJs("""
                const prefix = $0;
                if (prefix !== 'Sort by ' && !window.__corroborateSortBy) {
                  const fix = () => document.querySelectorAll('vaadin-grid-sorter[aria-label^="Sort by "]')
                      .forEach(e => e.setAttribute('aria-label', prefix + e.getAttribute('aria-label').substring(8)));
                  window.__corroborateSortBy = new MutationObserver(fix);
                  window.__corroborateSortBy.observe(document.body, {subtree: true, childList: true,
                      attributes: true, attributeFilter: ['aria-label']});
                  fix();
                }""", getTranslation("grid.sort-by"));
    }

    /** One click to the other language, in the top bar; the button says the language it switches to, in it. */
    private Button languageSwitch() {
        boolean french = Locale.FRENCH.getLanguage().equals(getLocale().getLanguage());
        Button change = new Button(french ? "English" : "Français", VaadinIcon.GLOBE.create(),
                e -> switchTo(french ? Locale.ENGLISH : Locale.FRENCH));
        change.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        change.setId("language-switch");
        change.getElement().setAttribute("lang", french ? "en" : "fr");
        change.getElement().setAttribute("aria-label", getTranslation("menu.language.switch",
                french ? "English" : "Français"));
        return change;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.stories"), "stories", VaadinIcon.NEWSPAPER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.reports"), "reports", VaadinIcon.FILE_TEXT_O.create()));
        if (CurrentUser.canEdit()) {
            nav.addItem(new SideNavItem(getTranslation("nav.import"), "reports/import", VaadinIcon.UPLOAD.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.sources"), "sources", VaadinIcon.INSTITUTION.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.places"), "places", VaadinIcon.MAP_MARKER.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.queue"), "queue", VaadinIcon.TASKS.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.conflicts"), "conflicts", VaadinIcon.SCALE_UNBALANCE.create()));
        if (CurrentUser.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.tolerances"), "settings/tolerances", VaadinIcon.COG.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.feeds"), "feeds", VaadinIcon.RSS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.fetching"), "settings/fetching", VaadinIcon.GLOBE.create()));
        }
        return nav;
    }

    /** Opens the search results ({@code search?q=...}) when the user presses Enter. */
    private TextField searchField() {
        TextField field = new TextField();
        field.setId("shell-search");
        field.addClassName("shell-search");
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.title"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate("search",
                QueryParameters.of("q", field.getValue().strip())));
        return field;
    }

    private static HorizontalLayout spacer() {
        HorizontalLayout spacer = new HorizontalLayout();
        spacer.setWidthFull();
        return spacer;
    }

    private MenuBar userMenu(AuthenticationContext authentication, UserService users) {
        String username = authentication.getPrincipalName().orElse("?");
        String displayName = users.displayNameOf(username).orElse(username);
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("user-menu");
        Avatar avatar = new Avatar(displayName);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(displayName));
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        MenuItem item = menu.addItem(who);
        item.setId("user-menu");
        SubMenu sub = item.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.getSubMenu().addItem("Français", e -> switchTo(Locale.FRENCH)).setId("language-fr");
        language.getSubMenu().addItem("English", e -> switchTo(Locale.ENGLISH)).setId("language-en");
        shortcutsItem(sub);
        sub.addItem(getTranslation("tokens.menu"), e -> UI.getCurrent().navigate("settings/tokens")).setId("api-tokens");
        sub.addItem(getTranslation("menu.logout"), e -> authentication.logout()).setId("logout");
        return menu;
    }

    /**
     * Keyboard shortcuts on or off, for this browser (remembered in its local storage, read by the pages that have
     * shortcuts): a checkable item that shows the current choice.
     */
    private void shortcutsItem(SubMenu sub) {
        MenuItem shortcuts = sub.addItem(getTranslation("shortcut.title"));
        shortcuts.setId("shortcuts-toggle");
        shortcuts.setCheckable(true);
        shortcuts.setChecked(true);
        getElement().executeJs("return localStorage.getItem('corroborate.shortcuts') !== 'off'")
                .then(Boolean.class, shortcuts::setChecked);
        shortcuts.addClickListener(e -> {
            boolean on = shortcuts.isChecked();
            getElement().executeJs("localStorage.setItem('corroborate.shortcuts', $0)", on ? "on" : "off");
            com.vaadin.flow.component.notification.Notification.show(
                    getTranslation(on ? "shortcut.turned-on" : "shortcut.turned-off"), 3000,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        });
    }

    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
