package org.corroborate.evidence.domain;

import java.util.List;
import java.util.Optional;

/**
 * How a figure stands, as derived by {@link StatusEngine}.
 *
 * @param status            unsupported, single source, corroborated, contested or superseded
 * @param partyClaim        every supporting origin is a party to the conflict ("claimed by a party")
 * @param credibility       Admiralty 1..6, see {@link Credibility}
 * @param supportingOrigins the independent origins behind the supporting reports
 * @param supporting        assertions that support the figure (linked as support and agreeing)
 * @param contradicting     assertions that contradict it (linked so, or linked as support but disagreeing)
 * @param earlier           history: earlier, lower values of the cumulative measure, oldest first
 * @param newest            the newest value known from the figure's origins (attributed or supporting),
 *                          else the newest known at all; {@code null} when nothing is known
 * @param warnings          consistency warnings
 * @param explanation       the status in words, first line first; render with {@link Explanations}
 */
public record FigureStanding(FigureStatus status, boolean partyClaim, Credibility credibility,
                             List<SourceProfile> supportingOrigins, List<StatedAssertion> supporting,
                             List<StatedAssertion> contradicting, List<StatedAssertion> earlier,
                             StatedAssertion newest, List<ConsistencyWarning> warnings, List<Message> explanation) {

    public FigureStanding {
        supportingOrigins = List.copyOf(supportingOrigins);
        supporting = List.copyOf(supporting);
        contradicting = List.copyOf(contradicting);
        earlier = List.copyOf(earlier);
        warnings = List.copyOf(warnings);
        explanation = List.copyOf(explanation);
    }

    public Optional<StatedAssertion> newestValue() {
        return Optional.ofNullable(newest);
    }

    public boolean warns(WarningCode code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }

    public List<WarningCode> warningCodes() {
        return warnings.stream().map(ConsistencyWarning::code).toList();
    }
}
