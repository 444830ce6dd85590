package org.corroborate.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The users feature's API. Creating users is an admin's job, or the bootstrap's on an empty database. Other
 * features read people here (names, who is enabled, who edits), never in {@code app_user} themselves (DD008).
 */
@Service
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    static final java.time.Duration NAMES_FRESH = java.time.Duration.ofSeconds(30);
    private volatile KnownNames names;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<String> displayNameOf(String username) {
        return users.findByUsernameIgnoreCase(username).map(AppUser::getDisplayName);
    }

    /** Every user's name by login, for showing people by name rather than by login. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<String, String> displayNames() {
        return names().byLogin();
    }

    /**
     * Everyone's name, read at most every {@link #NAMES_FRESH} (and again after a user is created here): names are
     * shown on every view and every live update, and change rarely (users created on another instance or by hand show
     * by their login until then).
     */
    private KnownNames names() {
        KnownNames known = names;
        if (known == null || known.readAt() < System.nanoTime() - NAMES_FRESH.toNanos()) {
            Map<String, String> byLogin = new HashMap<>();
            Map<String, String> byLower = new HashMap<>();
            users.findAll().forEach(u -> {
                byLogin.put(u.getUsername(), u.getDisplayName());
                byLower.put(lower(u.getUsername()), u.getDisplayName());
            });
            known = new KnownNames(Map.copyOf(byLogin), Map.copyOf(byLower), System.nanoTime());
            names = known;
        }
        return known;
    }

    private record KnownNames(Map<String, String> byLogin, Map<String, String> byLowerLogin, long readAt) {
    }

    /**
     * The names of the given logins that belong to someone (compared ignoring case), by login as given; one query
     * for them all. Logins of nobody are left out.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<String, String> displayNamesOf(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byLower = new HashMap<>();
        users.findByLowerUsernames(usernames.stream().map(UserService::lower).distinct().toList())
                .forEach(u -> byLower.put(lower(u.getUsername()), u.getDisplayName()));
        Map<String, String> names = new HashMap<>();
        usernames.forEach(name -> {
            String found = byLower.get(lower(name));
            if (found != null) {
                names.put(name, found);
            }
        });
        return names;
    }

    /** Every user's name by login in lower case, disabled users included (they still wrote what they wrote). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<String, String> displayNamesByLowerLogin() {
        return names().byLowerLogin();
    }

    /** The logins of everyone who can log in, in lower case and in order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<String> enabledLogins() {
        return users.findEnabledLowerUsernames();
    }

    /** Everyone enabled whose role {@link Role#edits() edits}, by name then login. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<UserName> enabledEditors() {
        return users.findEnabledWithRoles(java.util.Arrays.stream(Role.values()).filter(Role::edits).toList());
    }

    /** The logins of everyone enabled with the given role, in order. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<String> enabledLoginsWithRole(Role role) {
        return users.findEnabledUsernamesWithRole(role);
    }

    /** Whether someone has this login (ignoring case). */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public boolean isKnown(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }

    private static String lower(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public AppUser createUser(String username, String displayName, String rawPassword, Role role) {
        return createUserUnchecked(username, displayName, rawPassword, role);
    }

    /** For start-up bootstraps only (demo users, the first admin): no one is logged in then. */
    @Transactional
    AppUser createUserUnchecked(String username, String displayName, String rawPassword, Role role) {
        if (username.isBlank() || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A user needs a name and a password of at least 8 characters");
        }
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new IllegalArgumentException("User " + username + " already exists");
        }
        AppUser created = users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role));
        names = null;
        return created;
    }

    @Transactional(readOnly = true)
    boolean noUserExists() {
        return users.count() == 0;
    }

    @Transactional(readOnly = true)
    boolean exists(String username) {
        return users.findByUsernameIgnoreCase(username).isPresent();
    }
}
