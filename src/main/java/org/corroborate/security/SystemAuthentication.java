package org.corroborate.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Start-up work (demo data, bootstraps) goes through the same secured services as people do, as the
 * "system" admin, so no service needs an unchecked back door. It uses the very strategy that method
 * security reads (Vaadin's session-aware one), not whatever the static holder happens to hold.
 */
@Component
public class SystemAuthentication {

    private final SecurityContextHolderStrategy strategy;

    SystemAuthentication(SecurityContextHolderStrategy strategy) {
        this.strategy = strategy;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        SecurityContext previous = strategy.getContext();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        strategy.setContext(context);
        try {
            return work.get();
        } finally {
            strategy.setContext(previous);
        }
    }
}
