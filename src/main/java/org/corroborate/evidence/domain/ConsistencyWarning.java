package org.corroborate.evidence.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.corroborate.extraction.QuantityKind;

/** A consistency check that failed on a figure: a code, typed arguments, and the sentence that says it. */
public sealed interface ConsistencyWarning {

    WarningCode code();

    Message message();

    /** The story's parts add up to more than its whole: 150 + 148 against "environ 260". */
    record PartsExceedWhole(List<BigDecimal> parts, String wholeQuote) implements ConsistencyWarning {
        public PartsExceedWhole {
            parts = List.copyOf(parts);
        }

        public WarningCode code() {
            return WarningCode.PARTS_EXCEED_WHOLE;
        }

        public Message message() {
            return Message.of(code().messageKey(), new Sum(parts), wholeQuote);
        }
    }

    /** One origin's cumulative toll went down: an error, a correction, or a different measure. */
    record TollGoesDown(SourceProfile origin, String fromQuote, Instant fromTime, String toQuote, Instant toTime)
            implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.TOLL_GOES_DOWN;
        }

        public Message message() {
            return Message.of(code().messageKey(), origin.name(), fromQuote, fromTime, toQuote, toTime);
        }
    }

    /**
     * The story gives its named source a toll below the latest that source stated before it, with no report of
     * that source saying the story's value: an old value, or a misquote.
     */
    record StoryBelowSourcesToll(SourceProfile origin, String sourceQuote, Instant sourceTime, String figureQuote)
            implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.TOLL_GOES_DOWN;
        }

        public Message message() {
            return Message.of(code().messageKey() + ".story", origin.name(), sourceQuote, sourceTime, figureQuote);
        }
    }

    record ShareOver100(BigDecimal value) implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.SHARE_OVER_100;
        }

        public Message message() {
            return Message.of(code().messageKey(), value);
        }
    }

    /** km2 for deaths: a unit that does not fit the measure's kind. */
    record UnitDoesNotFit(String unit, QuantityKind kind) implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.UNIT_DOES_NOT_FIT;
        }

        public Message message() {
            return Message.of(code().messageKey(), unit, Message.of("kind." + kind.name()));
        }
    }

    /** "plus de 370'000" while no supporting report says at least 370 000. */
    record QualifierNotCarried(String figureQuote, Message needed) implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.QUALIFIER_NOT_CARRIED;
        }

        public Message message() {
            return Message.of(code().messageKey(), figureQuote, needed);
        }
    }

    /** The story says "selon l'OSDH" but the supporting reports come from the army. */
    record AttributionNotCarried(SourceProfile attributed, List<SourceProfile> supportingOrigins) implements ConsistencyWarning {
        public AttributionNotCarried {
            supportingOrigins = List.copyOf(supportingOrigins);
        }

        public WarningCode code() {
            return WarningCode.ATTRIBUTION_NOT_CARRIED;
        }

        public Message message() {
            return Message.of(code().messageKey(), attributed.name(),
                    supportingOrigins.stream().map(SourceProfile::name).toList());
        }
    }

    /** Linked as support, but the values do not agree: the engine counts it as a contradiction. */
    record SupportDisagrees(StatedAssertion assertion) implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.SUPPORT_DISAGREES;
        }

        public Message message() {
            return Message.of(code().messageKey(), assertion.whoSays(), assertion.quote());
        }
    }

    /** Linked as support or contradiction, but it is an earlier, lower toll: the engine counts it as history. */
    record HistoryLinkedAsEvidence(StatedAssertion assertion, Relation relation) implements ConsistencyWarning {
        public WarningCode code() {
            return WarningCode.HISTORY_LINKED_AS_EVIDENCE;
        }

        public Message message() {
            return Message.of(code().messageKey(), assertion.whoSays(), assertion.quote(),
                    Message.of("relation." + relation.name()));
        }
    }
}
