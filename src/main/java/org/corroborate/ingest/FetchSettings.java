package org.corroborate.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the server may fetch from: public addresses, plus the private networks an admin lists for an intranet.
 * Read at each fetch (a single small row), so that a change applies to the next fetch on every instance.
 */
@Service
public class FetchSettings {

    /** The allowed networks as an admin sees and edits them; {@code version} is what a change must name. */
    public record Allowed(List<String> networks, long version, String updatedBy, Instant updatedAt) {
    }

    private final FetchSettingRepository settings;

    FetchSettings(FetchSettingRepository settings) {
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Allowed allowed() {
        FetchSetting row = row();
        return new Allowed(row.allowedNetworks().stream().map(Network::toString).toList(), row.getVersion(),
                row.getUpdatedBy(), row.getUpdatedAt());
    }

    /**
     * Allows fetching from these networks (CIDR blocks, "10.20.0.0/16", or single addresses), replacing the
     * previous list; an empty list means public addresses only. Throws {@link IllegalArgumentException} naming
     * the lines that are not networks, and changes nothing then.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public Allowed allow(List<String> networks, long expectedVersion) {
        List<Network> parsed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String line : networks) {
            if (line == null || line.isBlank()) {
                continue;
            }
            Network.parse(line).ifPresentOrElse(parsed::add, () -> wrong.add(line.strip()));
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", wrong));
        }
        FetchSetting row = row();
        if (row.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FetchSetting.class, FetchSetting.THE_ROW);
        }
        row.allow(parsed.stream().distinct().toList(), CurrentUser.usernameOrSystem(), Instant.now());
        settings.saveAndFlush(row);
        return allowed();
    }

    /** The rules a fetch follows now; for this feature's fetches only (no person asks for them directly). */
    @Transactional(readOnly = true)
    AddressRules rules() {
        return new AddressRules(row().allowedNetworks());
    }

    private FetchSetting row() {
        return settings.findById(FetchSetting.THE_ROW).orElseThrow();
    }
}
