package org.corroborate.evidence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.corroborate.measure.SameMeasure;
import org.corroborate.measure.ScopeMatch;

/**
 * Ranks candidate assertions as evidence for a figure. Candidates of another event are left out: their place or
 * period does not fit the figure's ({@link SameMeasure}, the one rule for that). Scoring, out of 100: the subject's
 * terms (60 × the share of the figure's subject terms found in the candidate's subject, synonyms and both
 * languages folded, see {@link Terms}; 30 when either side states no subject: an unknown subject cannot prove
 * another thing counted, so it ranks lower than a matching one, never equal, and never blocks the match, DD020 —
 * but only where the kind says what is counted, a toll; a share, an amount or another count without a subject on
 * one side scores 0 and is context, unless the candidate is the figure's own number from the source the story names,
 * DD028; for a toll, words that only restate its kind, "people", "dead", « blessés », are no subject of their own:
 * "two people were killed" and "three dead" are one measure, G4),
 * the place (10 when both are known and compatible: an unknown place is a weaker match, ranked lower), the period
 * (5 when both were stated and overlap), and the value (25 when the values agree, 15 when the candidate is an
 * earlier toll or disagrees: a contradiction is as useful to see as a support; 5 more when it states the figure's
 * very number the same way). Candidates of another kind, or with a unit that cannot be compared, are left out.
 *
 * <p>The proposed relation follows {@link ValueComparison}, but only for candidates about the same subject (at
 * least two thirds of the figure's subject terms, or no subject stated on one side): otherwise "context", so a
 * number about something else is never proposed as support (r03's 148 dead on both sides for "148 jihadistes et
 * rebelles"). A candidate that is the whole a part is counted from ("67 of the <b>151</b> seats") is context for any
 * figure that does not restate it, and scores no subject points; so is a count another party holds (ADN's 67 seats
 * for RC's "at least 64", {@link Holders}). Ties go to the newer report.
 *
 * <p>Meant for thousands of candidates, pre-filtered by kind: one pass, primitive scores, a reused
 * term scanner; objects are made only for the suggestions returned.
 */
public final class EvidenceRanker {

    private static final int SUBJECT = 60;
    /** Either side states no subject: compatible, but weaker than any full match. */
    private static final int SUBJECT_UNKNOWN = SUBJECT / 2;
    private static final int PLACE = 10;
    private static final int PERIOD = 5;
    private static final int VALUE_AGREES = 25;
    private static final int VALUE_OTHER = 15;
    /** The figure's very number, stated the same way: the report the figure most likely comes from. */
    private static final int RESTATED = 5;

    private final IntervalReader reader;
    private final Terms terms = Terms.DEFAULT;

    public EvidenceRanker(IntervalReader reader) {
        this.reader = Objects.requireNonNull(reader);
    }

    public static EvidenceRanker withDefaults() {
        return new EvidenceRanker(IntervalReader.withDefaults());
    }

    public List<Suggestion> rank(CheckedFigure figure, List<StatedAssertion> candidates, int limit) {
        boolean byKind = figure.measure().countedByKind();
        String subject = figure.measure().subject();
        Query q = new Query(figure, reader.read(figure.value()),
                byKind ? terms.termsBeyondKind(subject) : terms.terms(subject), terms.scanner(), byKind);
        int n = candidates.size();
        int[] scores = new int[n];
        long[] subjectMasks = new long[n];
        byte[] unknownSubjects = new byte[n];
        byte[] agreements = new byte[n];
        for (int i = 0; i < n; i++) {
            scores[i] = score(q, candidates.get(i), i, subjectMasks, unknownSubjects, agreements);
        }
        List<Suggestion> result = new ArrayList<>(Math.min(limit, n));
        boolean[] taken = new boolean[n];
        for (int k = 0; k < limit; k++) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (!taken[i] && scores[i] >= 0 && (best < 0 || before(candidates, scores, i, best))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            result.add(suggestion(q, candidates.get(best), scores[best], subjectMasks[best], unknownSubjects[best],
                    Agreement.values()[agreements[best]]));
        }
        return result;
    }

    /** {@code unknownSubjects[i]}: the subject is stated on both sides. */
    private static final byte SUBJECT_STATED = 0;
    /** Not stated on one side, and the kind or the candidate itself ties them (DD020, DD028). */
    private static final byte SUBJECT_UNSTATED_TIED = 1;
    /** Not stated on one side, and nothing ties a share, an amount or another count to the figure (DD028). */
    private static final byte SUBJECT_UNSTATED_LOOSE = 2;

    private int score(Query q, StatedAssertion a, int i, long[] subjectMasks, byte[] unknownSubjects,
                      byte[] agreements) {
        ComparedMeasure m = a.measure();
        if (m.kind() != q.figure.measure().kind() || !UnitFit.comparable(m.kind(), q.figure.unit(), a.unit())
                || !SameMeasure.match(q.figure.measure().scope(), m.scope()).sameEvent()) {
            return -1;
        }
        long subjectMask = q.scanner.matchMask(m.subject(), q.subject, q.byKind);
        boolean unknown = q.subject.length == 0 || !q.scanner.sawTerm();
        subjectMasks[i] = subjectMask;
        byte state = !unknown ? SUBJECT_STATED : tiedWithoutSubject(q.figure, a) ? SUBJECT_UNSTATED_TIED
                : SUBJECT_UNSTATED_LOOSE;
        unknownSubjects[i] = state;
        int score = state == SUBJECT_UNSTATED_TIED ? SUBJECT_UNKNOWN : state == SUBJECT_UNSTATED_LOOSE ? 0
                : SUBJECT * Long.bitCount(subjectMask) / q.subject.length;
        if (wholeOnly(q.figure, a) || otherHolder(q.figure, a)) {
            score = 0; // the chamber's 151 seats, or ADN's 67, are not what RC's "at least 64 seats" counts
        }
        if (SameMeasure.places(q.figure.measure().scope().place(), m.scope().place()) == ScopeMatch.SAME) {
            score += PLACE;
        }
        if (SameMeasure.periods(q.figure.measure().scope().period(), m.scope().period()) == ScopeMatch.SAME) {
            score += PERIOD;
        }
        Agreement agreement = ValueComparison.compare(q.figure.measure(), q.value, q.figure.asOf(), a,
                reader.read(a.value()));
        agreements[i] = (byte) agreement.ordinal();
        return score + (agreement == Agreement.AGREES ? VALUE_AGREES : VALUE_OTHER)
                + (restates(q.figure.value(), a.value()) ? RESTATED : 0);
    }

    /**
     * Whether a candidate whose subject one side does not state is still about the figure's measure: always for a
     * toll (the kind says what is counted, DD020); for a share, an amount or another count only when it is the
     * figure's very number, stated the same way, by the source the story names (the report the figure comes from).
     * Anything else is context: "61%" turnout is no support or contradiction of "more than 90%" compliance (DD028).
     */
    static boolean tiedWithoutSubject(CheckedFigure figure, StatedAssertion a) {
        return figure.measure().countedByKind()
                || restates(figure.value(), a.value()) && a.origin().sameAs(figure.attribution());
    }

    /**
     * The candidate is the whole a part is counted from ("67 of the 151 seats": 151) and the figure does not restate
     * it: a floor enclosing it, or a number near it, is not support; it counts the whole, not the figure's part
     * (third walk, H3: RC's "at least 64 seats" was corroborated by the Assembly's 151). The very number stated the
     * same way ("the 151-seat Assembly") still meets it.
     */
    static boolean wholeOnly(CheckedFigure figure, StatedAssertion a) {
        return a.whole() && !restates(figure.value(), a.value());
    }

    /**
     * The candidate counts what another party holds: ADN's "67 of the 151 seats" for RC's "at least 64 seats", « 23
     * sièges pour les Verts » for « le PS a obtenu 9 sièges ». Both holders stated and naming different parties
     * ({@link Holders}); a holder one side leaves unsaid compares with any.
     */
    static boolean otherHolder(CheckedFigure figure, StatedAssertion a) {
        return Holders.differ(figure.measure().holder(), a.measure().holder());
    }

    /**
     * The figure is a floor or a ceiling about a subject of its own ("more than 2,000 hectares of vines", "at least 12
     * civilians") and the candidate states no subject: any larger (smaller) number meets the bound, so a number of the
     * whole ("16,800 hectares" burned) would support a part (third walk, H10). Unless it restates the figure, it is
     * context; a bound whose subject only restates the kind ("more than 2,000 dead") is still supported (DD020).
     */
    private static boolean boundMetByAnything(Query q, StatedAssertion a, byte subjectState) {
        return subjectState == SUBJECT_UNSTATED_TIED && q.subject.length > 0
                && q.value.lowerInfinite() != q.value.upperInfinite() && !restates(q.figure.value(), a.value());
    }

    private static boolean restates(StatedValue figure, StatedValue assertion) {
        return figure.qualifier() == assertion.qualifier() && same(figure.low(), assertion.low())
                && same(figure.high(), assertion.high());
    }

    private static boolean same(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean before(List<StatedAssertion> candidates, int[] scores, int i, int j) {
        if (scores[i] != scores[j]) {
            return scores[i] > scores[j];
        }
        return candidates.get(i).published().isAfter(candidates.get(j).published());
    }

    private Suggestion suggestion(Query q, StatedAssertion a, int score, long subjectMask, byte subjectState,
                                  Agreement agreement) {
        boolean unknownSubject = subjectState != SUBJECT_STATED;
        int matched = unknownSubject ? 0 : Long.bitCount(subjectMask);
        boolean sameSubject = subjectState == SUBJECT_UNSTATED_TIED
                || subjectState == SUBJECT_STATED && matched > 0 && 3 * matched >= 2 * q.subject.length;
        List<Message> why = new ArrayList<>();
        why.add(Message.of("why.kind"));
        why.add(unknownSubject ? Message.of("why.subjectUnknown")
                : Message.of("why.subject", matched, q.subject.length));
        ComparedMeasure own = q.figure.measure();
        if (SameMeasure.places(own.scope().place(), a.measure().scope().place()) == ScopeMatch.SAME) {
            why.add(Message.of("why.samePlace", new NamedPlace(a.measure().scope().place().id(),
                    a.measure().scope().place().name())));
        } else {
            why.add(Message.of("why.placeUnknown"));
        }
        if (SameMeasure.periods(own.scope().period(), a.measure().scope().period()) == ScopeMatch.SAME) {
            why.add(Message.of("why.period"));
        } else {
            why.add(Message.of("why.periodUnstated"));
        }
        String figureValue = q.value.toString();
        String candidateValue = reader.read(a.value()).toString();
        boolean otherCount = wholeOnly(q.figure, a) || otherHolder(q.figure, a);
        boolean boundOnly = agreement == Agreement.AGREES && boundMetByAnything(q, a, subjectState);
        Relation proposed = switch (agreement) {
            case EARLIER -> Relation.CONTEXT;
            case AGREES -> sameSubject && !otherCount && !boundOnly ? Relation.SUPPORTS : Relation.CONTEXT;
            case DISAGREES -> sameSubject && !otherCount ? Relation.CONTRADICTS : Relation.CONTEXT;
        };
        why.add(switch (agreement) {
            case EARLIER -> Message.of("why.earlier");
            case AGREES -> Message.of("why.agrees", figureValue, candidateValue);
            case DISAGREES -> Message.of("why.disagrees", figureValue, candidateValue);
        });
        if (otherHolder(q.figure, a)) {
            why.add(Message.of("why.otherHolder", a.measure().holder(), own.holder()));
        } else if (otherCount) {
            why.add(Message.of("why.whole", a.quote().isEmpty() ? candidateValue : a.quote()));
        } else if (boundOnly) {
            why.add(Message.of("why.boundWithoutSubject", figureValue, q.figure.measure().subject()));
        } else if (!sameSubject) {
            why.add(Message.of(unknownSubject ? Suggestion.SUBJECT_NEEDED : Suggestion.SUBJECT_DIFFERS));
        }
        return new Suggestion(a, score, proposed, why);
    }

    private record Query(CheckedFigure figure, Interval value, long[] subject, Terms.Scanner scanner,
                         boolean byKind) {
    }
}
