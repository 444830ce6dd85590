package org.corroborate.evidence.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One figure stated inside a report, with the source it is attributed to there. {@code origin} is the
 * first source of the number (independence is decided on it); {@code via} the sources that relayed
 * it; {@code publisher} who published the report ("AFP, citing SOHR": publisher AFP, origin SOHR).
 * {@code whole}: the number is the whole a part is counted from ("67 of the 151 seats": 151).
 */
public record StatedAssertion(String id, String reportId, SourceProfile origin, List<SourceProfile> via, SourceProfile publisher,
                              Instant published, StatedValue value, ComparedMeasure measure, String quote,
                              boolean whole) {

    /** An assertion whose number is not the whole of a part. */
    public StatedAssertion(String id, String reportId, SourceProfile origin, List<SourceProfile> via,
                           SourceProfile publisher, Instant published, StatedValue value, ComparedMeasure measure,
                           String quote) {
        this(id, reportId, origin, via, publisher, published, value, measure, quote, false);
    }

    public StatedAssertion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(measure, "measure");
        via = via == null ? List.of() : List.copyOf(via);
        publisher = publisher == null ? origin : publisher;
        quote = quote == null ? "" : quote;
    }

    /** "La Croix/AFP": who the reader sees, then whose number it is, when they differ. */
    public String whoSays() {
        return publisher.sameAs(origin) ? origin.name() : publisher.name() + "/" + origin.name();
    }

    /** Whether this assertion names the source anywhere in its chain: as origin, relay or publisher. */
    public boolean carries(SourceProfile source) {
        return origin.sameAs(source) || publisher.sameAs(source) || via.stream().anyMatch(source::sameAs);
    }

    /** The unit as stated, else the measure's. */
    public String unit() {
        return value.unit() != null ? value.unit() : measure.unit();
    }
}
