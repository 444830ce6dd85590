package org.corroborate.evidence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corroborate.evidence.domain.CheckedFigure;
import org.corroborate.evidence.domain.ComparedMeasure;
import org.corroborate.evidence.domain.SourceProfile;
import org.corroborate.evidence.domain.StatedAssertion;
import org.corroborate.evidence.domain.StatedValue;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.extraction.RoundNumberWords;
import org.corroborate.extraction.Sentences;
import org.corroborate.figure.Figure;
import org.corroborate.measure.Period;
import org.corroborate.measure.PlaceLineage;
import org.corroborate.measure.Quantity;
import org.corroborate.measure.Scope;
import org.corroborate.place.Gazetteer;
import org.corroborate.report.Assertion;
import org.corroborate.source.Reliability;
import org.jspecify.annotations.Nullable;

/** Turns stored figures and assertions into the status engine's plain records. */
final class DomainMapping {

    /** "environ 260 morts, dont 110 ... et 148 ...": what follows such a word breaks the whole down. */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "\\b(dont|parmi lesquels|parmi eux|including|among them|among whom|of whom|of which)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Where a breakdown ends before the sentence does: a colon, a semicolon, a quotation, ", et" (French puts no comma
     * before a list's last item: « dont 200 volontaires, et 1 200 gendarmes » adds another group), or ", and" that
     * opens a clause rather than the list's last part ("including 110 soldiers, 148 rebels, and 20 civilians" goes on;
     * "..., and the union says" ends it).
     */
    private static final Pattern BREAKDOWN_ENDS = Pattern.compile(
            "[:;«»\"“”]|,\\s+et\\b|,\\s+and\\s+(?!\\d|more|about|nearly|some|at least|over|under|less|fewer|almost"
                    + "|an?\\b|two|three|four|five|six|seven|eight|nine|ten)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DomainMapping() {
    }

    static SourceProfile source(org.corroborate.source.Source s) {
        return new SourceProfile(s.getKey(), s.getName(), s.isParty(), s.getReliability());
    }

    static StatedValue value(Quantity q, String quote) {
        return new StatedValue(q.qualifier(), q.low(), q.high(), q.unit(),
                RoundNumberWords.in(quote));
    }

    static ComparedMeasure measure(org.corroborate.measure.Measure m, String unit) {
        return new ComparedMeasure(m.kind(), m.subject(), m.place(), m.period(), unit, null, m.holder());
    }

    /** A stored measure with its scope: the place's lineage from the registry, the days read. */
    static ComparedMeasure measure(org.corroborate.measure.Measure m, String unit, Gazetteer places) {
        return measure(m, unit).withScope(new Scope(places.lineage(m.placeId()), m.days()));
    }

    private static Scope scope(ResultSet rs, Gazetteer places) throws SQLException {
        long placeId = rs.getLong("place_id");
        PlaceLineage place = rs.wasNull() ? null : places.lineage(placeId);
        java.sql.Date from = rs.getDate("period_from");
        java.sql.Date to = rs.getDate("period_to");
        Period period = from == null || to == null ? null
                : new Period(from.toLocalDate(), to.toLocalDate(), rs.getBoolean("period_stated"));
        return new Scope(place, period);
    }

    /**
     * A candidate row of {@link CandidateIndex}: relays are not read, as ranking does not need them (a linked
     * assertion, whose relays matter for attribution, is mapped from its entity instead).
     */
    static Candidate candidate(ResultSet rs, Gazetteer places) throws SQLException {
        String quote = rs.getString("quote");
        Qualifier qualifier = Qualifier.valueOf(rs.getString("qualifier"));
        BigDecimal low = rs.getBigDecimal("low");
        BigDecimal high = rs.getBigDecimal("high");
        String unit = rs.getString("unit");
        StatedValue value = new StatedValue(qualifier, low, high, unit,
                RoundNumberWords.in(quote));
        ComparedMeasure measure = new ComparedMeasure(QuantityKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("place"), rs.getString("period"), unit, scope(rs, places), rs.getString("holder"));
        SourceProfile origin = new SourceProfile(rs.getString("origin_key"), rs.getString("origin_name"),
                rs.getBoolean("origin_party"), Reliability.valueOf(rs.getString("origin_reliability").strip()));
        SourceProfile publisher = new SourceProfile(rs.getString("publisher_key"), rs.getString("publisher_name"),
                rs.getBoolean("publisher_party"), Reliability.valueOf(rs.getString("publisher_reliability").strip()));
        long id = rs.getLong("id");
        long reportId = rs.getLong("report_id");
        StatedAssertion stated = new StatedAssertion(String.valueOf(id), String.valueOf(reportId), origin, List.of(),
                publisher, rs.getTimestamp("published_at").toInstant(), value, measure, quote, rs.getBoolean("whole"));
        return new Candidate(id, reportId, rs.getString("title"), Quantity.of(qualifier, low, high, unit).display(),
                stated);
    }

    static StatedAssertion assertion(Assertion a, Gazetteer places) {
        return new StatedAssertion(String.valueOf(a.getId()), String.valueOf(a.getReport().getId()),
                source(a.getOrigin()), a.getVia().stream().map(DomainMapping::source).toList(),
                source(a.getReport().getPublisher()), a.getReport().getPublishedAt(),
                value(a.getQuantity(), a.getQuote()), measure(a.getMeasure(), a.getQuantity().unit(), places),
                a.getQuote(), a.isWhole());
    }

    /**
     * A figure as of its story's publication (a draft: now), with the story's figures that break it down
     * as parts: same kind, after it in the same sentence, behind "dont" / "including".
     */
    static CheckedFigure figure(Figure f, @Nullable Instant storyPublishedAt, String storyText,
            List<Figure> storyFigures, Instant now) {
        Instant asOf = storyPublishedAt != null ? storyPublishedAt : now;
        CheckedFigure checked = new CheckedFigure(String.valueOf(f.getId()), f.getQuote(),
                value(f.getQuantity(), f.getQuote()), measure(f.getMeasure(), f.getQuantity().unit()),
                f.getAttributedSource() == null ? null : source(f.getAttributedSource()), asOf);
        return checked.withParts(parts(f, storyText, storyFigures));
    }

    private static List<StatedValue> parts(Figure whole, String text, List<Figure> storyFigures) {
        int sentenceEnd = Sentences.endAfter(text, whole.getEndOffset());
        List<StatedValue> parts = new ArrayList<>();
        boolean broken = false;
        int last = whole.getEndOffset();
        for (Figure other : storyFigures) {
            if (other.getStartOffset() < whole.getEndOffset() || other.getStartOffset() >= sentenceEnd
                    || other.getMeasure().kind() != whole.getMeasure().kind()) {
                continue;
            }
            // up to the part's end: what follows ", and" says whether it is the list's last part
            String between = text.substring(last, other.getEndOffset()).toLowerCase(Locale.ROOT);
            if (!broken) {
                java.util.regex.Matcher opens = BREAKDOWN.matcher(between);
                if (opens.find()) {
                    broken = true;
                    between = between.substring(opens.end());
                }
            }
            if (broken && BREAKDOWN_ENDS.matcher(between).find()) {
                break; // "... dont une bonne moitié de volontaires, et dénonce ... « au moins 6 Canadair »" (walk3 H20)
            }
            if (broken) {
                parts.add(value(other.getQuantity(), other.getQuote()));
                last = other.getEndOffset();
            }
        }
        return parts;
    }
}
