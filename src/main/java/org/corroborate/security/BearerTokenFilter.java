package org.corroborate.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * "Authorization: Bearer &lt;token&gt;" on the API: the token's owner, with their role, for this request only.
 * An unknown or revoked token leaves the request unauthenticated (401 from the entry point).
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
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            tokens.authenticate(header.substring(PREFIX.length()).strip()).ifPresent(auth -> {
                SecurityContext context = strategy.createEmptyContext();
                context.setAuthentication(auth);
                strategy.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
