package org.corroborate.evidence.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.corroborate.evidence.domain.ConsistencyWarning.HistoryLinkedAsEvidence;
import org.corroborate.evidence.domain.ConsistencyWarning.SupportDisagrees;

/**
 * Derives how a figure stands from its evidence and the ledger of known values for its measure
 * (docs/design-decisions/DD001, docs/GLOSSARY.md "status"). Pure function of its inputs: recompute whenever evidence changes.
 *
 * <p>Each link is first read against the figure's value ({@link ValueComparison}):
 * <ul>
 * <li>an earlier, lower value of a cumulative measure is history, whatever the link says; linked as
 *     support or contradiction it also warns ({@link WarningCode#HISTORY_LINKED_AS_EVIDENCE});</li>
 * <li>linked as support and agreeing: support; linked as support but disagreeing: a contradiction,
 *     with a warning ({@link WarningCode#SUPPORT_DISAGREES});</li>
 * <li>linked as contradiction: a contradiction, even when the intervals overlap (the fact-checker
 *     may know the measures differ);</li>
 * <li>context: nothing, unless it is history.</li>
 * </ul>
 * Then the status, first rule that applies:
 * <ol>
 * <li>SUPERSEDED: an origin behind the figure (a supporting origin, or the source the story names)
 *     has published, after its latest supporting report (after the as-of time if it has none), a
 *     value for the measure that does not agree with the figure;</li>
 * <li>CONTESTED: a contradiction, or two supporting origins whose values do not overlap each other, unless the
 *     figure states only a bound ("at least 242", "plus de 370'000", "jusqu'à 60 000") and both values lie within
 *     it: INGD's 242 and OCHA's "at least 250" a day later both carry "at least 242" (a toll that rose between
 *     two reports is no disagreement about a bound both respect); a figure that states a value or a range
 *     ("environ 260", "entre 100 et 300") is contested by supports that disagree with each other;</li>
 * <li>UNSUPPORTED: no support (history and context alone do not support a figure);</li>
 * <li>CORROBORATED: at least two independent origins support it and at least one is not a party
 *     (a party never corroborates alone);</li>
 * <li>SINGLE_SOURCE: otherwise; also when several parties, and only parties, support it.</li>
 * </ol>
 * The ledger holds every assertion known for the same measure (the caller selects them); it
 * contributes history and newer values, never support.
 */
public final class StatusEngine {

    private final IntervalReader reader;
    private final ConsistencyChecks checks;
    private final StandingExplainer explainer;

    public StatusEngine(IntervalReader reader) {
        this.reader = Objects.requireNonNull(reader);
        this.checks = new ConsistencyChecks(reader);
        this.explainer = new StandingExplainer(reader, checks);
    }

    public static StatusEngine withDefaults() {
        return new StatusEngine(IntervalReader.withDefaults());
    }

    public FigureStanding assess(CheckedFigure figure, List<EvidenceLink> evidence, List<StatedAssertion> ledger) {
        Interval value = reader.read(figure.value());
        Map<String, StatedAssertion> known = new LinkedHashMap<>();
        List<StatedAssertion> supporting = new ArrayList<>();
        List<StatedAssertion> contradicting = new ArrayList<>();
        List<StatedAssertion> earlier = new ArrayList<>();
        List<ConsistencyWarning> warnings = new ArrayList<>();

        for (EvidenceLink link : evidence) {
            StatedAssertion a = link.assertion();
            known.putIfAbsent(a.id(), a);
            Agreement agreement = compare(figure, value, a);
            if (agreement == Agreement.EARLIER) {
                earlier.add(a);
                if (link.relation() != Relation.CONTEXT) {
                    warnings.add(new HistoryLinkedAsEvidence(a, link.relation()));
                }
            } else if (link.relation() == Relation.SUPPORTS && agreement == Agreement.AGREES) {
                supporting.add(a);
            } else if (link.relation() == Relation.SUPPORTS) {
                contradicting.add(a);
                warnings.add(new SupportDisagrees(a));
            } else if (link.relation() == Relation.CONTRADICTS) {
                contradicting.add(a);
            }
        }
        for (StatedAssertion a : ledger) {
            if (!UnitFit.comparable(figure.measure().kind(), figure.unit(), a.unit())) {
                continue; // "40 °C" has no newer value in "36" houses (the ledger holds the kind's every value)
            }
            if (known.putIfAbsent(a.id(), a) == null && compare(figure, value, a) == Agreement.EARLIER) {
                earlier.add(a);
            }
        }
        earlier.sort(Comparator.comparing(StatedAssertion::published));

        List<SourceProfile> origins = Independence.origins(supporting);
        boolean partyClaim = !origins.isEmpty() && origins.stream().allMatch(SourceProfile::party);
        StatedAssertion superseding = superseding(figure, value, supporting, known.values());
        Disagreement disagreement = disagreementAmong(value, supporting);
        FigureStatus status = status(superseding, contradicting, disagreement, origins);

        warnings.addAll(consistencyWarnings(figure, supporting, List.copyOf(known.values())));
        Credibility credibility = Credibility.of(status, partyClaim, origins,
                Independence.origins(contradicting));
        StatedAssertion newest = newest(figure, origins, known.values(), superseding);
        List<Message> explanation = explainer.explain(new StandingExplainer.Facts(figure, status, partyClaim,
                origins, supporting, contradicting, earlier, superseding, disagreement == null ? null
                        : List.of(disagreement.first(), disagreement.second())));
        return new FigureStanding(status, partyClaim, credibility, origins, supporting, contradicting, earlier,
                newest, warnings, explanation);
    }

    private Agreement compare(CheckedFigure figure, Interval value, StatedAssertion a) {
        return ValueComparison.compare(figure.measure(), value, figure.asOf(), a, reader.read(a.value()));
    }

    private static FigureStatus status(StatedAssertion superseding, List<StatedAssertion> contradicting,
                                       Disagreement disagreement, List<SourceProfile> origins) {
        if (superseding != null) {
            return FigureStatus.SUPERSEDED;
        }
        if (!contradicting.isEmpty() || disagreement != null) {
            return FigureStatus.CONTESTED;
        }
        if (origins.isEmpty()) {
            return FigureStatus.UNSUPPORTED;
        }
        boolean independentNonParty = origins.stream().anyMatch(o -> !o.party());
        return origins.size() >= 2 && independentNonParty ? FigureStatus.CORROBORATED : FigureStatus.SINGLE_SOURCE;
    }

    /** The newest value, from an origin behind the figure, published after it last backed the figure and not agreeing with it. */
    private StatedAssertion superseding(CheckedFigure figure, Interval value, List<StatedAssertion> supporting,
                                        Iterable<StatedAssertion> known) {
        StatedAssertion newest = null;
        for (StatedAssertion a : known) {
            if (!behindFigure(figure, supporting, a.origin()) || !sameSubjectForSupersession(figure, a, supporting)) {
                continue;
            }
            boolean later = a.published().isAfter(lastBacked(figure, supporting, a.origin()));
            Interval read = reader.read(a.value());
            if (later && (!value.overlaps(read) || risenPast(figure, value, a, read))
                    && (newest == null || a.published().isAfter(newest.published()))) {
                newest = a;
            }
        }
        return newest;
    }

    /**
     * Whether a value not linked as support may supersede the figure for want of its subject: a newer toll whose subject
     * is not stated still counts (tolls rise, DD020), but a share or an amount is no newer value of this one unless both
     * say what they are about ("87% of delegates" is not superseded by the union's later "above 95%" compliance).
     */
    private static boolean sameSubjectForSupersession(CheckedFigure figure, StatedAssertion a,
                                                      List<StatedAssertion> supporting) {
        if (figure.measure().cumulative() || supporting.contains(a)) {
            return true;
        }
        return Terms.DEFAULT.terms(figure.measure().subject()).length > 0
                && Terms.DEFAULT.terms(a.measure().subject()).length > 0;
    }

    /**
     * A toll that states only its floor ("au moins 2 012 morts", "at least 1,541") is still true when its source
     * later counts 2 946, but it is no longer the source's toll: a newer value of a cumulative measure whose level lies
     * above the figure's number supersedes it (walker F29), as a disagreeing one does.
     */
    private static boolean risenPast(CheckedFigure figure, Interval value, StatedAssertion newer, Interval read) {
        if (!figure.measure().cumulative() || !value.upperInfinite() || value.lowerInfinite()) {
            return false;
        }
        java.math.BigDecimal level = ValueComparison.statedLevel(newer.value(), read).lower();
        java.math.BigDecimal floor = figure.value().headline();
        return level != null && floor != null && level.compareTo(floor) > 0;
    }

    private static boolean behindFigure(CheckedFigure figure, List<StatedAssertion> supporting, SourceProfile origin) {
        return origin.sameAs(figure.attribution()) || supporting.stream().anyMatch(s -> s.origin().sameAs(origin));
    }

    private static Instant lastBacked(CheckedFigure figure, List<StatedAssertion> supporting, SourceProfile origin) {
        return supporting.stream().filter(s -> s.origin().sameAs(origin)).map(StatedAssertion::published)
                .max(Comparator.naturalOrder()).orElse(figure.asOf());
    }

    private Disagreement disagreementAmong(Interval value, List<StatedAssertion> supporting) {
        boolean onlyABound = value.lowerInfinite() != value.upperInfinite();
        for (int i = 0; i < supporting.size(); i++) {
            for (int j = i + 1; j < supporting.size(); j++) {
                StatedAssertion a = supporting.get(i);
                StatedAssertion b = supporting.get(j);
                Interval readA = reader.read(a.value());
                Interval readB = reader.read(b.value());
                if (Independence.independent(a, b) && !readA.overlaps(readB)
                        && !(onlyABound && value.encloses(readA) && value.encloses(readB))) {
                    return new Disagreement(a, b);
                }
            }
        }
        return null;
    }

    private List<ConsistencyWarning> consistencyWarnings(CheckedFigure figure, List<StatedAssertion> supporting,
                                                         List<StatedAssertion> known) {
        List<ConsistencyWarning> warnings = new ArrayList<>();
        checks.partsAgainstWhole(figure).ifPresent(warnings::add);
        warnings.addAll(checks.tollsGoingDown(figure, known, supporting));
        checks.shareOver100(figure).ifPresent(warnings::add);
        checks.unitFits(figure).ifPresent(warnings::add);
        checks.qualifierCarried(figure, supporting).ifPresent(warnings::add);
        checks.attributionCarried(figure, supporting).ifPresent(warnings::add);
        return warnings;
    }

    private static StatedAssertion newest(CheckedFigure figure, List<SourceProfile> origins,
                                          Iterable<StatedAssertion> known, StatedAssertion superseding) {
        if (superseding != null) {
            return superseding;
        }
        StatedAssertion fromOrigins = null;
        StatedAssertion any = null;
        for (StatedAssertion a : known) {
            if (any == null || a.published().isAfter(any.published())) {
                any = a;
            }
            boolean behind = a.origin().sameAs(figure.attribution()) || origins.stream().anyMatch(a.origin()::sameAs);
            if (behind && (fromOrigins == null || a.published().isAfter(fromOrigins.published()))) {
                fromOrigins = a;
            }
        }
        return fromOrigins != null ? fromOrigins : any;
    }

    private record Disagreement(StatedAssertion first, StatedAssertion second) {
    }
}
