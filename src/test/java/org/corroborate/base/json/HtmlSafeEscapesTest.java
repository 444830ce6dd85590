package org.corroborate.base.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HtmlSafeEscapesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void noStringCanCloseAScriptElement() {
        Map<String, String> value = Map.of("claimReviewed", "</script><script>alert(1)</script> & <!-- \u2028");

        String json = JSON.writer().with(HtmlSafeEscapes.INSTANCE).writeValueAsString(value);

        assertThat(json).doesNotContain("<", ">", "&", "\u2028");
        assertThat(json).containsIgnoringCase("\\u003c/script\\u003e").containsIgnoringCase("\\u0026");
        assertThat(JSON.readValue(json, Map.class)).isEqualTo(value);
    }

    @Test
    void textWithoutNulOrUnpairedSurrogatesIsStorable() {
        assertThat(StrictText.problem("Déplacés : 235 000 🙂")).isNull();
        assertThat(StrictText.problem("a\u0000b")).contains("NUL");
        assertThat(StrictText.problem("a\ud83d")).contains("unpaired surrogate");
        assertThat(StrictText.problem("\ude42b")).contains("unpaired surrogate");
    }
}
