package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corroborate.evidence.domain.ConsistencyWarning.AttributionNotCarried;
import org.corroborate.evidence.domain.ConsistencyWarning.PartsExceedWhole;
import org.corroborate.evidence.domain.ConsistencyWarning.QualifierNotCarried;
import org.corroborate.evidence.domain.ConsistencyWarning.ShareOver100;
import org.corroborate.evidence.domain.ConsistencyWarning.StoryBelowSourcesToll;
import org.corroborate.evidence.domain.ConsistencyWarning.TollGoesDown;
import org.corroborate.evidence.domain.ConsistencyWarning.UnitDoesNotFit;
import org.corroborate.extraction.Qualifier;
import org.corroborate.extraction.QuantityKind;

/** The consistency checks of docs/design-decisions/DD001, each returning its warning when the check fails. */
public final class ConsistencyChecks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IntervalReader reader;

    public ConsistencyChecks(IntervalReader reader) {
        this.reader = reader;
    }

    /**
     * Parts ("dont 110 ... et 148 ...") are a subset of the whole, so only a sum above the whole is
     * wrong; a sum below it is normal. Tolerance is in the intervals: the warning comes when even the
     * lowest reading of the parts is above the highest reading of the whole. 110 [105, 115) + 148 =
     * [253, 263) fits "environ 260" [247, 273]; 38 + 23 = 61 fits "plus de 60".
     */
    public Optional<ConsistencyWarning> partsAgainstWhole(CheckedFigure whole) {
        if (whole.parts().isEmpty() || partsFit(whole)) {
            return Optional.empty();
        }
        return Optional.of(new PartsExceedWhole(whole.parts().stream().map(StatedValue::headline).toList(),
                whole.quote()));
    }

    public boolean partsFit(CheckedFigure whole) {
        Interval sum = null;
        for (StatedValue part : whole.parts()) {
            Interval p = reader.read(part);
            sum = sum == null ? p : sum.plus(p);
        }
        return sum == null || !reader.read(whole.value()).entirelyBelow(sum);
    }

    /**
     * A cumulative toll from one origin that goes down: a later value entirely below the level an
     * earlier one vouched for. One warning per origin, for its first drop. The series are the reports':
     * the story is not its named source speaking on the story's day. When a supporting report of that source
     * states the figure, the figure is that report's value, already in the series at its date. When none
     * does, the story gives the figure as the source's, undated: it warns when it is entirely below the
     * latest level that source stated before the story ("INGD said 128,000 on 22 March; the story gives 18,000").
     */
    public List<ConsistencyWarning> tollsGoingDown(CheckedFigure figure, List<StatedAssertion> known,
                                                   List<StatedAssertion> supporting) {
        if (!figure.measure().cumulative()) {
            return List.of();
        }
        Map<String, List<Entry>> series = new LinkedHashMap<>();
        for (StatedAssertion a : known) {
            series.computeIfAbsent(a.origin().key(), k -> new ArrayList<>())
                    .add(new Entry(a.origin(), a.quote(), a.published(), a.value(), reader.read(a.value())));
        }
        List<ConsistencyWarning> warnings = new ArrayList<>();
        for (List<Entry> entries : series.values()) {
            firstDrop(entries).ifPresent(warnings::add);
        }
        SourceProfile named = figure.attribution();
        if (named != null && supporting.stream().noneMatch(s -> s.origin().sameAs(named))) {
            belowLatest(figure, series.getOrDefault(named.key(), List.of())).ifPresent(warnings::add);
        }
        return warnings;
    }

    private Optional<ConsistencyWarning> belowLatest(CheckedFigure figure, List<Entry> namedSeries) {
        Entry latest = null;
        for (Entry e : namedSeries) {
            if (e.time().isBefore(figure.asOf()) && (latest == null || e.time().isAfter(latest.time()))) {
                latest = e;
            }
        }
        if (latest == null || !reader.read(figure.value())
                .entirelyBelow(ValueComparison.statedLevel(latest.value(), latest.read()))) {
            return Optional.empty();
        }
        return Optional.of(new StoryBelowSourcesToll(latest.origin(), latest.quote(), latest.time(), figure.quote()));
    }

    private static Optional<ConsistencyWarning> firstDrop(List<Entry> entries) {
        entries.sort(Comparator.comparing(Entry::time));
        for (int later = 1; later < entries.size(); later++) {
            Entry to = entries.get(later);
            for (int earlier = 0; earlier < later; earlier++) {
                Entry from = entries.get(earlier);
                if (from.time().isBefore(to.time())
                        && to.read().entirelyBelow(ValueComparison.statedLevel(from.value(), from.read()))) {
                    return Optional.of(new TollGoesDown(from.origin(), from.quote(), from.time(), to.quote(), to.time()));
                }
            }
        }
        return Optional.empty();
    }

    public Optional<ConsistencyWarning> shareOver100(CheckedFigure figure) {
        if (figure.measure().kind() != QuantityKind.SHARE) {
            return Optional.empty();
        }
        StatedValue v = figure.value();
        boolean over = exceeds(v.low()) || exceeds(v.high())
                || (v.low() != null && v.low().compareTo(HUNDRED) == 0 && v.high() == null
                    && v.qualifier() == Qualifier.MORE_THAN);
        return over ? Optional.of(new ShareOver100(v.headline())) : Optional.empty();
    }

    private static boolean exceeds(BigDecimal x) {
        return x != null && x.compareTo(HUNDRED) > 0;
    }

    public Optional<ConsistencyWarning> unitFits(CheckedFigure figure) {
        String unit = figure.unit();
        return UnitFit.fits(unit, figure.measure().kind()) ? Optional.empty()
                : Optional.of(new UnitDoesNotFit(unit, figure.measure().kind()));
    }

    /**
     * A bounded qualifier must be carried by at least one supporting report: "plus de 370'000" and
     * "au moins 370 000" need a report that guarantees at least 370 000 (a plain "370 000" does;
     * "environ 370 000" does not); "moins de", "jusqu'à" and "près de" need one that guarantees at
     * most the number. Checked only when there is support: without it the status already says so.
     */
    public Optional<ConsistencyWarning> qualifierCarried(CheckedFigure figure, List<StatedAssertion> supports) {
        if (supports.isEmpty()) {
            return Optional.empty();
        }
        StatedValue v = figure.value();
        return switch (v.qualifier()) {
            case MORE_THAN, AT_LEAST -> supports.stream().anyMatch(s -> atLeast(s.value(), v.low()))
                    ? Optional.empty()
                    : Optional.of(new QualifierNotCarried(figure.quote(), Message.of("needed.atLeast", v.low())));
            case AT_MOST, LESS_THAN, NEARLY -> supports.stream().anyMatch(s -> atMost(s.value(), topOf(v)))
                    ? Optional.empty()
                    : Optional.of(new QualifierNotCarried(figure.quote(), Message.of("needed.atMost", topOf(v))));
            default -> Optional.empty();
        };
    }

    private boolean atLeast(StatedValue s, BigDecimal needed) {
        BigDecimal guaranteed = switch (s.qualifier()) {
            case EXACT, RANGE, AT_LEAST, MORE_THAN, VAGUE -> s.low();
            case APPROXIMATE, NEARLY -> reader.read(s).lower();
            case AT_MOST, LESS_THAN -> null;
        };
        return guaranteed != null && guaranteed.compareTo(needed) >= 0;
    }

    private boolean atMost(StatedValue s, BigDecimal needed) {
        BigDecimal guaranteed = switch (s.qualifier()) {
            case EXACT, RANGE, AT_MOST, LESS_THAN, NEARLY -> topOf(s);
            case APPROXIMATE -> reader.read(s).upper();
            case AT_LEAST, MORE_THAN, VAGUE -> s.high();
        };
        return guaranteed != null && guaranteed.compareTo(needed) <= 0;
    }

    private static BigDecimal topOf(StatedValue v) {
        return v.high() != null ? v.high() : v.low();
    }

    /**
     * The source the story names must appear in the chain of at least one supporting report, as
     * origin, relay or publisher: "selon l'AFP" is carried by an AFP dispatch citing SOHR.
     */
    public Optional<ConsistencyWarning> attributionCarried(CheckedFigure figure, List<StatedAssertion> supports) {
        SourceProfile named = figure.attribution();
        if (named == null || supports.isEmpty() || supports.stream().anyMatch(s -> s.carries(named))) {
            return Optional.empty();
        }
        return Optional.of(new AttributionNotCarried(named, Independence.origins(supports)));
    }

    private record Entry(SourceProfile origin, String quote, Instant time, StatedValue value, Interval read) {
    }
}
