package org.corroborate.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Authorization: Bearer &lt;token&gt;" on the API: the token's owner, with their role, for this request only.
 * An unknown or revoked token leaves the request unauthenticated (401 from the entry point), even when it also
 * carries a session cookie: with a bearer header only the token counts.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy strategy;

    BearerTokenFilter(ApiTokenService tokens, SecurityContextHolderStrategy strategy) {
        this.tokens = tokens;
        this.strategy = strategy;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String bearer = bearer(request);
        if (bearer != null) {
            SecurityContext context = strategy.createEmptyContext();
            tokens.authenticate(bearer).ifPresent(context::setAuthentication);
            strategy.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** The token of an "Authorization: Bearer" header, or null when the request has none. */
    static @Nullable String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                ? header.substring(PREFIX.length()).strip() : null;
    }
}
