package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.login.LoginForm;
import org.corroborate.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every role logs in and reaches the stories, reports and sources; nobody else does. */
@SpringBootTest
class RoleAccessTest extends SpringBrowserlessTest {

    @Test
    void anAnonymousVisitorIsSentToTheLoginForm() {
        navigate("stories", com.vaadin.flow.component.Component.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat($(LoginForm.class).exists()).isTrue();
    }

    @Test
    void anAnonymousVisitorCannotSearch() {
        com.vaadin.flow.component.UI.getCurrent().navigate("search",
                com.vaadin.flow.router.QueryParameters.of("q", "idleb"));

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerReachesEveryList() {
        assertReachesEveryList();
    }

    @Test
    @WithUserDetails("factchecker")
    void anUnknownAddressShowsTheFriendlyNotFoundPage() {
        navigate("no-such-page", com.vaadin.flow.component.Component.class);

        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Nothing here");
    }

    private void assertReachesEveryList() {
        for (String route : new String[] {"stories", "reports", "sources"}) {
            navigate(route, com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).endsWith("ListView");
            assertThat($(com.vaadin.flow.component.grid.Grid.class).single().getGenericDataView().getItems().count())
                    .as(route).isPositive();
        }
        assertSearches();
    }

    /** Every role may search (SearchService: CAN_READ): the seed story is found by a word of its title. */
    private void assertSearches() {
        com.vaadin.flow.component.UI.getCurrent().navigate("search",
                com.vaadin.flow.router.QueryParameters.of("q", "idleb"));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("SearchView");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .extracting(com.vaadin.flow.component.html.Anchor::getHref).anyMatch(href -> href.startsWith("story/"));
    }
}
