package org.corroborate.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.base.domain.AbstractEntity;

/** A link from a figure to an assertion, with who made it and when. */
@Entity
@Table(name = "evidence")
class Evidence extends AbstractEntity {

    @Column(name = "figure_id", nullable = false, updatable = false)
    private Long figureId;

    @Column(name = "assertion_id", nullable = false, updatable = false)
    private Long assertionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false)
    private Relation relation;

    @Column(name = "linked_by", nullable = false)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected Evidence() {
    }

    public Evidence(long figureId, long assertionId, Relation relation, String linkedBy, Instant linkedAt) {
        this.figureId = figureId;
        this.assertionId = assertionId;
        this.relation = Objects.requireNonNull(relation);
        this.linkedBy = Objects.requireNonNull(linkedBy);
        this.linkedAt = Objects.requireNonNull(linkedAt);
    }

    /** The fact-checker changes what the assertion does for the figure; the link is re-signed. */
    public void relink(Relation newRelation, String by, Instant at) {
        this.relation = Objects.requireNonNull(newRelation);
        this.linkedBy = Objects.requireNonNull(by);
        this.linkedAt = Objects.requireNonNull(at);
    }

    public Long getFigureId() {
        return figureId;
    }

    public Long getAssertionId() {
        return assertionId;
    }

    public Relation getRelation() {
        return relation;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
