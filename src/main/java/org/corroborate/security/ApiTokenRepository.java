package org.corroborate.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(String hash);

    /**
     * Records a use without touching the token's version (no conflict between concurrent requests), at most once
     * per {@code since}: a use after {@code since} is not written again.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = false)
    @Query("update ApiToken t set t.lastUsedAt = :at"
            + " where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int recordUse(long id, Instant at, Instant since);

    @Query("select t from ApiToken t where t.user.username = :username order by t.createdAt desc")
    List<ApiToken> findOfUser(String username);
}
