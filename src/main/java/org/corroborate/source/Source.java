package org.corroborate.source;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.corroborate.base.domain.AbstractEntity;
import org.hibernate.annotations.UpdateTimestamp;
import org.jspecify.annotations.Nullable;

/** Who a number comes from: an organisation or a person (SOHR, UN OCHA, the Syrian army...). */
@Entity
@Table(name = "source")
public class Source extends AbstractEntity {

    @Column(name = "key", nullable = false, unique = true)
    private String key;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "party", nullable = false)
    private boolean party;

    @Enumerated(EnumType.STRING)
    @Column(name = "reliability", nullable = false, length = 1)
    private Reliability reliability = Reliability.F;

    @Column(name = "reliability_note")
    private @Nullable String reliabilityNote;

    @ElementCollection
    @CollectionTable(name = "source_alias", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "alias", nullable = false)
    private Set<String> aliases = new LinkedHashSet<>();

    /** The web domains it publishes under ({@link Domains#normalise normalised}): how a fetched page finds its publisher. */
    @ElementCollection
    @CollectionTable(name = "source_domain", joinColumns = @JoinColumn(name = "source_id"))
    @Column(name = "domain", nullable = false)
    private Set<String> domains = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    static final int MAX_KEY_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_KIND_LENGTH = 100;

    protected Source() {
    }

    public Source(String key, String name, String kind, boolean party, Reliability reliability) {
        this.key = requireText(key, "key");
        this.name = requireText(name, "name");
        this.kind = requireText(kind, "kind");
        this.party = party;
        this.reliability = Objects.requireNonNull(reliability);
    }

    public void addAliases(Collection<String> more) {
        more.forEach(this::addAlias);
    }

    /**
     * Adds an alias unless it is blank, the name, or already known in another case. Returns whether the
     * aliases changed.
     */
    public boolean addAlias(String alias) {
        String stripped = alias == null ? "" : alias.strip();
        if (stripped.isEmpty() || stripped.equalsIgnoreCase(name) || knowsAlias(stripped)) {
            return false;
        }
        return aliases.add(stripped);
    }

    /** Removes the alias in whatever case it was stored. */
    public boolean removeAlias(String alias) {
        return aliases.removeIf(a -> a.equalsIgnoreCase(alias.strip()));
    }

    public boolean knowsAlias(String alias) {
        return aliases.stream().anyMatch(a -> a.equalsIgnoreCase(alias.strip()));
    }

    /** A new name; an alias that spelt the new name goes, since the name itself is found. */
    public void rename(String newName) {
        name = requireText(newName, "name");
        removeAlias(name);
    }

    public void classify(String newKind, boolean partyToTheConflict) {
        this.kind = requireText(newKind, "kind");
        this.party = partyToTheConflict;
    }

    public void grade(Reliability newGrade, @Nullable String note) {
        this.reliability = Objects.requireNonNull(newGrade);
        this.reliabilityNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** The web domains it publishes under, replacing the previous ones; each is normalised, blanks dropped. */
    public void publishUnder(Collection<String> webDomains) {
        domains.clear();
        webDomains.forEach(d -> Domains.normalise(d).ifPresent(domains::add));
    }

    /** Takes over the name, aliases and web domains of a duplicate that is about to be deleted. */
    public void absorb(Source other) {
        if (other == this || Objects.equals(other.getId(), getId()) && getId() != null) {
            throw new IllegalArgumentException("A source cannot absorb itself");
        }
        addAlias(other.name);
        other.aliases.forEach(this::addAlias);
        domains.addAll(other.domains);
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public boolean isParty() {
        return party;
    }

    public Reliability getReliability() {
        return reliability;
    }

    public @Nullable String getReliabilityNote() {
        return reliabilityNote;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }

    public Set<String> getDomains() {
        return Set.copyOf(domains);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A source needs a " + what);
        }
        return value.strip();
    }
}
