package org.corroborate.base.work;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request counts as someone there, except the bulk work that paces itself (imports), health probes and the
 * static files a page loads once.
 */
class UserActivityFilter extends OncePerRequestFilter {

    /** Paths (after the context path) whose requests are not people using the instance. */
    static final List<String> NOT_PEOPLE = List.of("/api/v1/reports/import", "/actuator/", "/VAADIN/static/",
            "/VAADIN/build/");

    private final UserActivity activity;

    UserActivityFilter(UserActivity activity) {
        this.activity = activity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPeople(request.getRequestURI().substring(request.getContextPath().length()))) {
            activity.seen();
        }
        chain.doFilter(request, response);
    }

    static boolean isPeople(String path) {
        return NOT_PEOPLE.stream().noneMatch(path::startsWith);
    }
}
