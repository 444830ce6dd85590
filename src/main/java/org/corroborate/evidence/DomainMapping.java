package org.corroborate.evidence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corroborate.base.domain.Quantity;
import org.corroborate.evidence.domain.CheckedFigure;
import org.corroborate.evidence.domain.Measure;
import org.corroborate.evidence.domain.Reliability;
import org.corroborate.evidence.domain.Source;
import org.corroborate.evidence.domain.StatedAssertion;
import org.corroborate.evidence.domain.StatedValue;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.figure.Figure;
import org.corroborate.report.Assertion;
import org.corroborate.story.Story;

/** Turns stored figures and assertions into the status engine's plain records. */
final class DomainMapping {

    /** "une quarantaine", "a dozen": the value carries the word's own span. */
    private static final Pattern ROUND_NUMBER_WORD = Pattern.compile(
            "\\b(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine"
                    + "|millier|dozen)s?\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "environ 260 morts, dont 110 ... et 148 ...": what follows such a word breaks the whole down. */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "\\b(dont|parmi lesquels|parmi eux|including|among them|among whom|of whom|of which)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DomainMapping() {
    }

    static Source source(org.corroborate.source.Source s) {
        return new Source(s.getKey(), s.getName(), s.isParty(), Reliability.valueOf(s.getReliability().name()));
    }

    static StatedValue value(Quantity q, String quote) {
        return new StatedValue(q.qualifier(), q.low(), q.high(), q.unit(),
                quote != null && ROUND_NUMBER_WORD.matcher(quote).find());
    }

    static Measure measure(org.corroborate.base.domain.Measure m, String unit) {
        return new Measure(m.kind(), m.subject(), m.place(), m.period(), unit);
    }

    /**
     * A candidate row of {@link CandidateIndex}: relays are not read, as ranking does not need them (a linked
     * assertion, whose relays matter for attribution, is mapped from its entity instead).
     */
    static Candidate candidate(ResultSet rs) throws SQLException {
        String quote = rs.getString("quote");
        Qualifier qualifier = Qualifier.valueOf(rs.getString("qualifier"));
        BigDecimal low = rs.getBigDecimal("low");
        BigDecimal high = rs.getBigDecimal("high");
        String unit = rs.getString("unit");
        StatedValue value = new StatedValue(qualifier, low, high, unit,
                quote != null && ROUND_NUMBER_WORD.matcher(quote).find());
        Measure measure = new Measure(QuantityKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                rs.getString("place"), rs.getString("period"), unit);
        Source origin = new Source(rs.getString(14), rs.getString(15), rs.getBoolean(16),
                Reliability.valueOf(rs.getString(17).strip()));
        Source publisher = new Source(rs.getString(18), rs.getString(19), rs.getBoolean(20),
                Reliability.valueOf(rs.getString(21).strip()));
        long id = rs.getLong("id");
        long reportId = rs.getLong("report_id");
        StatedAssertion stated = new StatedAssertion(String.valueOf(id), String.valueOf(reportId), origin, List.of(),
                publisher, rs.getTimestamp("published_at").toInstant(), value, measure, quote);
        return new Candidate(id, reportId, rs.getString("title"), Quantity.of(qualifier, low, high, unit).display(),
                stated);
    }

    static StatedAssertion assertion(Assertion a) {
        return new StatedAssertion(String.valueOf(a.getId()), String.valueOf(a.getReport().getId()),
                source(a.getOrigin()), a.getVia().stream().map(DomainMapping::source).toList(),
                source(a.getReport().getPublisher()), a.getReport().getPublishedAt(),
                value(a.getQuantity(), a.getQuote()), measure(a.getMeasure(), a.getQuantity().unit()), a.getQuote());
    }

    /**
     * A figure as of its story's publication (a draft: now), with the story's figures that break it down
     * as parts: same kind, after it in the same sentence, behind "dont" / "including".
     */
    static CheckedFigure figure(Figure f, Story story, List<Figure> storyFigures, Instant now) {
        Instant asOf = story.getPublishedAt() != null ? story.getPublishedAt() : now;
        CheckedFigure checked = new CheckedFigure(String.valueOf(f.getId()), f.getQuote(),
                value(f.getQuantity(), f.getQuote()), measure(f.getMeasure(), f.getQuantity().unit()),
                f.getAttributedSource() == null ? null : source(f.getAttributedSource()), asOf);
        return checked.withParts(parts(f, story.getBody(), storyFigures));
    }

    private static List<StatedValue> parts(Figure whole, String text, List<Figure> storyFigures) {
        int sentenceEnd = sentenceEnd(text, whole.getEndOffset());
        List<StatedValue> parts = new ArrayList<>();
        boolean broken = false;
        for (Figure other : storyFigures) {
            if (other.getStartOffset() < whole.getEndOffset() || other.getStartOffset() >= sentenceEnd
                    || other.getMeasure().kind() != whole.getMeasure().kind()) {
                continue;
            }
            if (!broken) {
                String between = text.substring(whole.getEndOffset(), other.getStartOffset()).toLowerCase(Locale.ROOT);
                broken = BREAKDOWN.matcher(between).find();
            }
            if (broken) {
                parts.add(value(other.getQuantity(), other.getQuote()));
            }
        }
        return parts;
    }

    private static int sentenceEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i;
            }
        }
        return text.length();
    }
}
