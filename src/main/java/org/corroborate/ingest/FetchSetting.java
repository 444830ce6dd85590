package org.corroborate.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The one row saying which private networks an admin allowed fetching from (an intranet); none by default. */
@Entity
@Table(name = "fetch_setting")
class FetchSetting {

    static final short THE_ROW = 1;

    @Id
    @Column(name = "id")
    private Short id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** CIDR blocks, one a line, as {@link Network#toString()} writes them. */
    @Column(name = "allowed_networks", nullable = false)
    private String allowedNetworks = "";

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected FetchSetting() {
    }

    List<Network> allowedNetworks() {
        return Arrays.stream(allowedNetworks.split("\\R")).map(Network::parse).flatMap(java.util.Optional::stream)
                .toList();
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    /** An admin allows these networks (and only these) besides public addresses. */
    void allow(List<Network> networks, String by, Instant at) {
        this.allowedNetworks = String.join("\n", networks.stream().map(Network::toString).toList());
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
