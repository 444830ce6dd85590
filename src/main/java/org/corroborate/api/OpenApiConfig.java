package org.corroborate.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.corroborate.report.ReportImportService;
import org.corroborate.report.ReportService;
import org.corroborate.report.ReportText;
import org.corroborate.story.StoryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The OpenAPI description: where it is served (openapi.properties) and how clients authenticate. */
@Configuration
@PropertySource("classpath:org/corroborate/api/openapi.properties")
class OpenApiConfig {

    /** Every limit the API enforces, stated once (the README points here and repeats the same numbers). */
    static final String LIMITS = "Limits: a story's or an extracted text at most "
            + megabytes(StoryRules.MAX_TEXT_BYTES) + " MB in UTF-8 (else 413), its title " + StoryRules.MAX_TITLE_LENGTH
            + " characters; a report's text at most " + ReportText.MAX_SIZE_LABEL + " (else 413), its title "
            + ReportService.MAX_TITLE_LENGTH
            + " characters, its address " + ReportService.MAX_URL_LENGTH + "; an import body or file at most "
            + ReportImportService.MAX_SIZE_LABEL + " (else 413); list pages: size 1–" + StoryController.MAX_PAGE_SIZE
            + ", page 0–" + StoryController.MAX_PAGE + " (else 422); dates and times ISO 8601 with an offset, years "
            + "1000–9999; text without NUL characters or unpaired surrogates, in bodies and query parameters (else 422"
            + " naming the field); no coercion between JSON types (a number is not a title).";

    private static long megabytes(int bytes) {
        return bytes / (1024 * 1024);
    }

    @Bean
    OpenAPI corroborateApi() {
        return new OpenAPI()
                .info(new Info().title("Corroborate API").version("v1")
                        .description("Figures, stories, reports and evidence of the Corroborate workbench. "
                                + "Send a personal API token (Settings > API tokens) as 'Authorization: Bearer <token>'. "
                                + "Errors are RFC 9457 problem details (application/problem+json), never a redirect: "
                                + "malformed JSON 400; no or unknown token 401; wrong role 403; unknown resource or "
                                + "address 404; method not allowed 405; a report already stored, a concurrent change "
                                + "or a published story 409; over a size limit 413; unsupported Content-Type 415; a "
                                + "field missing, of the wrong type or out of bounds 422 (detail and fields name it); "
                                + "database unavailable 503 with Retry-After; anything else 500 with a correlationId "
                                + "that is in the server's log. A request that fails changes nothing.\n\n" + LIMITS))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
