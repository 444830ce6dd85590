package org.corroborate.security;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The users feature's API. Creating users is an admin's job, or the bootstrap's on an empty database. */
@Service
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

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
    public java.util.Map<String, String> displayNames() {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        users.findAll().forEach(u -> names.put(u.getUsername(), u.getDisplayName()));
        return names;
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
        return users.save(new AppUser(username, displayName, passwordEncoder.encode(rawPassword), role));
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
