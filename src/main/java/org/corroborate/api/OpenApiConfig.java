package org.corroborate.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The OpenAPI description: where it is served (openapi.properties) and how clients authenticate. */
@Configuration
@PropertySource("classpath:org/corroborate/api/openapi.properties")
class OpenApiConfig {

    @Bean
    OpenAPI corroborateApi() {
        return new OpenAPI()
                .info(new Info().title("Corroborate API").version("v1")
                        .description("Figures, stories, reports and evidence of the Corroborate workbench. "
                                + "Send a personal API token (Settings > API tokens) as 'Authorization: Bearer <token>'. "
                                + "Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
