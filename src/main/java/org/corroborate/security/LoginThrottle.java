package org.corroborate.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Slows down password guessing. Failed sign-ins are counted per account (the name typed, whether or not such a user
 * exists, so an unknown name is throttled exactly like a known one) and per client address. Past a few failures
 * the account, or the address, is locked for a time that doubles with every further failure, up to
 * {@link #MAX_LOCK}; while locked every attempt is refused, the right password too. A successful sign-in clears
 * the account's count; counts lapse after {@link #FORGET_AFTER} without a failure. Plain Java, its clock given.
 */
public final class LoginThrottle {

    /** Failures an account may have before it is locked. */
    static final int ACCOUNT_FREE_FAILURES = 5;
    /** Failures an address may have (over all the names it tried) before it is locked. */
    static final int ADDRESS_FREE_FAILURES = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Entries kept before lapsed ones are swept (memory stays bounded under a spray of names). */
    private static final int SWEEP_ABOVE = 10_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long sign-ins for this name from this address are refused; zero when they are allowed. */
    public Duration lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(accounts.get(key(username)), now);
        Duration client = remaining(addresses.get(address), now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        count(accounts, key(username), ACCOUNT_FREE_FAILURES, now);
        count(addresses, address, ADDRESS_FREE_FAILURES, now);
    }

    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private static void count(Map<String, Failures> counts, String key, int free, Instant now) {
        if (counts.size() > SWEEP_ABOVE) {
            counts.values().removeIf(f -> lapsed(f, now));
        }
        counts.compute(key, (k, previous) -> {
            int count = previous == null || lapsed(previous, now) ? 1 : previous.count() + 1;
            Instant lockedUntil = count < free ? now : now.plus(lock(count - free));
            return new Failures(count, now, lockedUntil);
        });
    }

    /** 30 s for the first failure past the free ones, doubling with each further one, at most 15 minutes. */
    static Duration lock(int beyondFree) {
        int doublings = Math.min(beyondFree, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    private static boolean lapsed(Failures failures, Instant now) {
        return failures.lockedUntil().isBefore(now) && failures.last().plus(FORGET_AFTER).isBefore(now);
    }

    private static Duration remaining(@Nullable Failures failures, Instant now) {
        return failures == null || !failures.lockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, failures.lockedUntil());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
