package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who edits and who decides is said once, by the role; the current user's rights follow from their roles. */
class RoleTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void factCheckersEditorsAndAdminsEditViewersOnlyRead() {
        assertThat(List.of(Role.values())).filteredOn(Role::edits)
                .containsExactlyInAnyOrder(Role.FACT_CHECKER, Role.EDITOR, Role.ADMIN);
    }

    @Test
    void onlyEditorsAndAdminsDecide() {
        assertThat(List.of(Role.values())).filteredOn(Role::decides).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
    }

    @Test
    void theCurrentUserMayWhatOneOfTheirRolesMay() {
        signIn(Role.VIEWER);
        assertThat(CurrentUser.canEdit()).isFalse();
        assertThat(CurrentUser.canDecide()).isFalse();

        signIn(Role.FACT_CHECKER);
        assertThat(CurrentUser.canEdit()).isTrue();
        assertThat(CurrentUser.canDecide()).isFalse();

        signIn(Role.VIEWER, Role.EDITOR);
        assertThat(CurrentUser.canEdit()).isTrue();
        assertThat(CurrentUser.canDecide()).isTrue();
    }

    @Test
    void nobodySignedInMayNothing() {
        assertThat(CurrentUser.canEdit()).isFalse();
        assertThat(CurrentUser.canDecide()).isFalse();
    }

    private static void signIn(Role... roles) {
        var token = new TestingAuthenticationToken("someone", "secret",
                java.util.Arrays.stream(roles).map(Role::authority).toArray(String[]::new));
        token.setAuthenticated(true);
        SecurityContextHolder.getContext().setAuthentication(token);
    }
}
