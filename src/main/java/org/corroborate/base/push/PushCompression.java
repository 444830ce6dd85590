package org.corroborate.base.push;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Push connections without per-message compression, unless {@code corroborate.push.compression=true}. Browsers
 * offer it and Tomcat always accepts, and then keeps a zlib compressor and decompressor for as long as the page is
 * open: a few hundred KB of native memory per open page, more than the page's whole component tree. The pushes are
 * small (what changed on the page), and the server compresses none of its other answers either (DD019). Tomcat has
 * no setting for it, so the offer is hidden from it: this filter runs before Tomcat's WebSocket filter and takes
 * the {@code Sec-WebSocket-Extensions} header off the push's upgrade request.
 */
@Configuration(proxyBeanMethods = false)
class PushCompression {

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<Filter> pushWithoutCompression(@Value("${corroborate.push.compression:false}") boolean on) {
        Filter filter = (request, response, chain) -> chain.doFilter(
                request instanceof HttpServletRequest http ? withoutExtensions(http) : request, response);
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(!on);
        return registration;
    }

    static HttpServletRequest withoutExtensions(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public @Nullable String getHeader(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }

            @Override
            public Enumeration<String> getHeaderNames() {
                return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                        .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
            }
        };
    }
}
