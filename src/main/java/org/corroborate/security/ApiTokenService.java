package org.corroborate.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens: created and revoked by their owner, stored hashed, carrying the owner's role. */
@Service
public class ApiTokenService {

    /** The demo fact-checker's token (demo data only; documented in the README). */
    static final String DEMO_TOKEN = "demo-fact-checker-token";

    /** How often a token's last use is written at most. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AppUserRepository users;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ApiTokenService(ApiTokenRepository tokens, AppUserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** A new token for the current user; the returned secret is shown once and never stored. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public String create(String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "crb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store(CurrentUser.username().orElseThrow(), name, token);
        return token;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<ApiToken> mine() {
        return tokens.findOfUser(CurrentUser.username().orElseThrow());
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_READ)
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).filter(t -> t.getUser().getUsername()
                .equals(CurrentUser.username().orElse(null))).orElseThrow(() -> new IllegalArgumentException(
                        "No token " + tokenId + " of yours"));
        token.revoke(clock.instant());
    }

    /**
     * Who a bearer token stands for, with their role, if it is known and not revoked. Its last use is recorded at
     * most once a {@link #USE_RECORDED_EVERY minute}, by an update that leaves the token's version alone: many
     * clients sharing one token never conflict.
     */
    @Transactional
    public Optional<Authentication> authenticate(String bearer) {
        return tokens.findByHash(hash(bearer)).filter(ApiToken::isActive).map(t -> {
            Instant now = clock.instant();
            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(USE_RECORDED_EVERY))) {
                tokens.recordUse(t.getId(), now, now.minus(USE_RECORDED_EVERY));
            }
            AppUser user = t.getUser();
            return UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null,
                    List.of(new SimpleGrantedAuthority(user.getRole().authority())));
        });
    }

    /** For the demo bootstrap: the demo fact-checker's well-known token. */
    @Transactional
    void createDemoToken(String username) {
        if (tokens.findByHash(hash(DEMO_TOKEN)).isEmpty()) {
            store(username, "demo", DEMO_TOKEN);
        }
    }

    private void store(String username, String name, String token) {
        AppUser user = users.findByUsernameIgnoreCase(username).orElseThrow();
        tokens.save(new ApiToken(user, name == null || name.isBlank() ? "token" : name.strip(), hash(token),
                clock.instant()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
