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

    @Test
    @WithUserDetails("factchecker")
    void aFactCheckerReachesTheImport() {
        assertThat(reachesImport()).isTrue();
    }

    @Test
    @WithUserDetails("editor")
    void anEditorReachesTheImport() {
        assertThat(reachesImport()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void anAdminReachesTheImport() {
        assertThat(reachesImport()).isTrue();
    }

    @Test
    @WithUserDetails("viewer")
    void aViewerIsKeptOutOfTheImport() {
        assertThat(reachesImport()).isFalse();
    }

    private boolean reachesImport() {
        navigate("reports/import", com.vaadin.flow.component.Component.class);
        return getCurrentView().getClass().getSimpleName().equals("ReportImportView");
    }

    private void assertReachesEveryList() {
        for (String route : new String[] {"stories", "reports", "sources"}) {
            navigate(route, com.vaadin.flow.component.Component.class);
            assertThat(getCurrentView().getClass().getSimpleName()).as(route).endsWith("ListView");
            assertThat($(com.vaadin.flow.component.grid.Grid.class).single().getGenericDataView().getItems().count())
                    .as(route).isPositive();
        }
    }
}
