package org.corroborate.security.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.corroborate.security.LoginThrottle;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the login form's POST. Cross-site: Vaadin exempts the login form from the CSRF token (its native form
 * cannot carry one), so a sign-in whose {@code Origin} (or, without one, {@code Sec-Fetch-Site}) shows it was sent
 * from another site is refused (403): no forged page can log a victim into an account of the attacker's. Throttled
 * ({@link LoginThrottle}): a sign-in for a locked account or from a locked address is refused before any password
 * is checked (back to the login page, which says for how long), and every failed or successful sign-in is counted.
 */
@Component
class LoginGuard {

    static final String LOCKED_PARAMETER = "locked";

    private final LoginThrottle throttle;

    LoginGuard(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /** Goes before the form login's filter. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                    if (!sameOrigin(request)) {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site sign-in refused");
                        return;
                    }
                    String username = request.getParameter("username");
                    Duration locked = throttle.lockedFor(username == null ? "" : username, request.getRemoteAddr());
                    if (locked.isPositive()) {
                        long minutes = Math.max(1, (locked.toSeconds() + 59) / 60);
                        response.sendRedirect(request.getContextPath() + "/login?" + LOCKED_PARAMETER + "=" + minutes);
                        return;
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Whether a browser sent this request from the app's own pages: its {@code Origin} is the app's, or without an
     * {@code Origin} its {@code Sec-Fetch-Site} is same-origin or none (typed, bookmarked). A client that is no
     * browser sends neither, and forges nothing.
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            int port = request.getServerPort();
            boolean defaultPort = port == ("https".equals(request.getScheme()) ? 443 : 80);
            String own = request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
            return origin.equalsIgnoreCase(own);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            throttle.failed(event.getAuthentication().getName(), details.getRemoteAddress());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }
}
