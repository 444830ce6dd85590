package org.corroborate.place;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.corroborate.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** A place of the registry: Idlib province, with its aliases (Idleb, إدلب...) and the country it lies within. */
@Entity
@Table(name = "place")
class Place extends AbstractEntity {

    @Column(name = "key", nullable = false, updatable = false)
    private String key;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "name_fr")
    private @Nullable String nameFr;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PlaceKind kind;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "place_alias", joinColumns = @JoinColumn(name = "place_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    @Column(name = "updated_by")
    private @Nullable String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    protected Place() {
        this.key = "";
        this.name = "";
        this.kind = PlaceKind.AREA;
    }

    Place(String key, String name, @Nullable String nameFr, PlaceKind kind, @Nullable Long parentId,
            Set<String> aliases) {
        this.key = key;
        this.name = name;
        this.nameFr = nameFr;
        this.kind = kind;
        this.parentId = parentId;
        this.aliases = new LinkedHashSet<>(aliases);
    }

    /** A fact-checker renames the place, changes its aliases or the place it lies within. */
    void edit(String newName, @Nullable String newNameFr, PlaceKind newKind, @Nullable Long newParentId, Set<String> newAliases, String by,
            Instant at) {
        this.name = newName;
        this.nameFr = newNameFr;
        this.kind = newKind;
        this.parentId = newParentId;
        this.aliases.clear();
        this.aliases.addAll(newAliases);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    String getKey() {
        return key;
    }

    String getName() {
        return name;
    }

    @Nullable String getNameFr() {
        return nameFr;
    }

    /** The curated list gives the French name of a place that has none yet (a registry older than French names). */
    void nameInFrench(String french) {
        this.nameFr = french;
    }

    PlaceKind getKind() {
        return kind;
    }

    @Nullable Long getParentId() {
        return parentId;
    }

    Set<String> getAliases() {
        return aliases;
    }
}
