package org.corroborate.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.corroborate.security.ApiToken;
import org.corroborate.security.ApiTokenService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The tokens view in a browserless UI: a new token's secret is shown once and works; revoking stops it. */
@SpringBootTest
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiTokenService tokens;

    @Test
    @WithUserDetails("editor")
    void creatingATokenShowsItsSecretOnceAndTheSecretAuthenticates() {
        ApiTokensView view = navigate(ApiTokensView.class);
        String name = "script " + UUID.randomUUID();
        assertThat(view.secret.isVisible()).isFalse();

        test(view.name).setValue(name);
        test(view.create).click();

        String secret = view.secret.getValue();
        assertThat(view.secret.isVisible()).isTrue();
        assertThat(secret).startsWith("crb_");
        assertThat(tokens.authenticate(secret)).hasValueSatisfying(a -> assertThat(a.getName()).isEqualTo("editor"));
        assertThat(rowNamed(view, name)).isGreaterThanOrEqualTo(0);

        navigate("stories", com.vaadin.flow.component.Component.class);
        ApiTokensView again = navigate(ApiTokensView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.secret.isVisible()).isFalse();
        assertThat(again.getElement().getTextRecursively()).doesNotContain(secret);
    }

    @Test
    @WithUserDetails("editor")
    void revokingATokenMarksItRevokedAndItNoLongerAuthenticates() {
        ApiTokensView view = navigate(ApiTokensView.class);
        String name = "revoke me " + UUID.randomUUID();
        test(view.name).setValue(name);
        test(view.create).click();
        String secret = view.secret.getValue();
        int row = rowNamed(view, name);

        Button revoke = (Button) test(view.tokens).getCellComponent(row, 4);
        test(revoke).click();

        assertThat(tokens.authenticate(secret)).isEmpty();
        ApiToken revoked = test(view.tokens).getRow(rowNamed(view, name));
        assertThat(revoked.getRevokedAt()).isNotNull();
        assertThat(view.secret.isVisible()).isFalse();
    }

    @Test
    void everyTokenTextExistsInEnglishAndFrench() throws Exception {
        assertThat(tokenKeys("translations_fr.properties")).isEqualTo(tokenKeys("translations.properties"));
    }

    private int rowNamed(ApiTokensView view, String name) {
        var grid = test(view.tokens);
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static java.util.Set<String> tokenKeys(String bundle) throws Exception {
        Properties texts = new Properties();
        try (InputStream in = ApiTokensViewTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.stringPropertyNames().stream().filter(k -> k.startsWith("tokens."))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
