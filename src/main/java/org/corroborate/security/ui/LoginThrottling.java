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
 * The login form's side of {@link LoginThrottle}: a sign-in for a locked account or from a locked address is
 * refused before any password is checked (back to the login page, which says for how long), and every failed or
 * successful sign-in is counted.
 */
@Component
class LoginThrottling {

    static final String LOCKED_PARAMETER = "locked";

    private final LoginThrottle throttle;

    LoginThrottling(LoginThrottle throttle) {
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
