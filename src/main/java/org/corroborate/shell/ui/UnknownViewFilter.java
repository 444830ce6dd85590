package org.corroborate.shell.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page address that no view takes ({@code /story/abc}: a story's id is a number) is a 404 with the app's "nothing
 * here" page at once, as a link checker or a crawler reads it: Vaadin would answer its page shell with 200 and show
 * its not-found view only once the page has loaded. Runs after the security filters, so a person not signed in is
 * still sent to the login page first. Vaadin's own requests (with {@code v-r}), files (a dot in the last segment)
 * and the API are left alone.
 */
@Component
class UnknownViewFilter extends OncePerRequestFilter {

    private static final List<String> NOT_VIEWS = List.of("/api/", "/VAADIN/", "/actuator/", "/error", "/styles/",
            "/frontend/", "/themes/", "/icons/", "/images/", "/HEARTBEAT", "/UIDL", "/login", "/logout");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null || last.contains(".")
                || NOT_VIEWS.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String route = path.startsWith("/") ? path.substring(1) : path;
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        if (registry.getNavigationTarget(route).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
