package org.corroborate.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API: a bearer token or a logged-in session. Requests with a token need no CSRF token (no
 * cookie is involved); a session-authenticated change still does. Failures answer with RFC 9457 problem
 * details, never a login page.
 */
@Configuration
class ApiSecurityConfig {

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The OpenAPI description and its browsable UI are public: they describe the API, they open nothing. */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/docs", "/api/docs/**", "/api/docs.json", "/api/docs.json/**",
                        "/swagger-ui/**", "/swagger-ui.html", "/api/swagger-ui/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, SecurityContextHolderStrategy strategy)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, strategy), AnonymousAuthenticationFilter.class)
                // CSRF guards cookie sessions only: a request with a bearer token (only the token counts then,
                // the session is set aside: BearerTokenFilter), or with no session at all, has no ambient
                // credential a forged page could borrow.
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> BearerTokenFilter.bearer(request) != null
                        || request.getRequestedSessionId() == null))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> problem(response, HttpStatus.UNAUTHORIZED,
                                "Send a personal API token as 'Authorization: Bearer <token>', or log in."))
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "Your role does not allow this.")))
                .build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
