package org.corroborate.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A personal API token. Only its hash is kept: the token itself is shown once, when created. */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private AppUser user;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(AppUser user, String name, String tokenHash, Instant createdAt) {
        this.user = Objects.requireNonNull(user);
        this.name = Objects.requireNonNull(name);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    boolean isActive() {
        return revokedAt == null && user.isEnabled();
    }

    AppUser getUser() {
        return user;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
