package org.corroborate;

import java.util.List;
import java.util.function.Supplier;
import org.corroborate.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Runs test code as a signed-in user with one role, then puts the previous security context back. */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T as(SecurityContextHolderStrategy security, String user, Role role, Supplier<T> work) {
        SecurityContext previous = security.getContext();
        SecurityContext context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        security.setContext(context);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    public static void as(SecurityContextHolderStrategy security, String user, Role role, Runnable work) {
        as(security, user, role, () -> {
            work.run();
            return null;
        });
    }
}
