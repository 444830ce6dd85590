package org.corroborate.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.corroborate.api.ApiProblems.InvalidParameterException;
import org.corroborate.base.json.StrictText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;

/**
 * The API's edges: query parameters are checked like JSON text (no NUL, no unpaired surrogate: 422 naming the
 * parameter), and an address under {@code /api/} that no endpoint takes is a 404 problem (the app's views would
 * otherwise answer it with their HTML page).
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfig implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                    for (String value : parameter.getValue()) {
                        String problem = StrictText.problem(value);
                        if (problem != null) {
                            throw new InvalidParameterException(parameter.getKey(), problem);
                        }
                    }
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    /** After every endpoint and the OpenAPI pages, before the views' catch-all: unknown API addresses are a 404. */
    @Bean
    AbstractHandlerMapping unknownApiAddresses() {
        AbstractHandlerMapping mapping = new AbstractHandlerMapping() {
            private final HttpRequestHandler notFound = (request, response) ->
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);

            @Override
            protected @Nullable Object getHandlerInternal(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                boolean api = path.equals("/api") || path.startsWith("/api/");
                boolean docs = path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui");
                return api && !docs ? notFound : null;
            }
        };
        mapping.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return mapping;
    }
}
