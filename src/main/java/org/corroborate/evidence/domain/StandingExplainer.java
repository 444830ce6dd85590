package org.corroborate.evidence.domain;

import java.util.ArrayList;
import java.util.List;

/** Puts a derived standing into structured sentences: the status reason first, then what qualifies it. */
final class StandingExplainer {

    private final IntervalReader reader;
    private final ConsistencyChecks checks;

    StandingExplainer(IntervalReader reader, ConsistencyChecks checks) {
        this.reader = reader;
        this.checks = checks;
    }

    record Facts(CheckedFigure figure, FigureStatus status, boolean partyClaim, List<SourceProfile> origins,
                 List<StatedAssertion> supporting, List<StatedAssertion> contradicting,
                 List<StatedAssertion> earlier, StatedAssertion superseding, List<StatedAssertion> disagreeing) {
    }

    List<Message> explain(Facts f) {
        List<Message> lines = new ArrayList<>(statusLines(f));
        if (f.partyClaim()) {
            lines.add(Message.of("partyClaim", names(f.origins())));
        }
        if (!f.earlier().isEmpty()) {
            lines.add(Message.of("history", f.earlier().stream()
                    .map(a -> Message.of("history.item", a.quote(), a.whoSays(), a.published())).toList()));
        }
        if (!f.figure().parts().isEmpty() && checks.partsFit(f.figure())) {
            lines.add(Message.of("consistency.partsFit",
                    new Sum(f.figure().parts().stream().map(StatedValue::headline).toList()), f.figure().quote()));
        }
        return lines;
    }

    private List<Message> statusLines(Facts f) {
        return switch (f.status()) {
            case UNSUPPORTED -> List.of(Message.of("status.UNSUPPORTED"));
            // reports, not assertions: two figures of one dispatch linked are one report (third walk, H20)
            case SINGLE_SOURCE -> List.of(Message.of("status.SINGLE_SOURCE", names(f.origins()),
                    (int) f.supporting().stream().map(StatedAssertion::reportId).distinct().count()));
            case CORROBORATED -> List.of(Message.of("status.CORROBORATED", f.origins().size(), names(f.origins())));
            case SUPERSEDED -> List.of(Message.of("status.SUPERSEDED", f.superseding().whoSays(),
                    f.superseding().quote(), reading(f.superseding().value()), f.superseding().published()));
            case CONTESTED -> contested(f);
        };
    }

    private List<Message> contested(Facts f) {
        List<Message> lines = new ArrayList<>();
        for (StatedAssertion a : f.contradicting()) {
            lines.add(Message.of("status.CONTESTED", a.whoSays(), a.quote(), reading(a.value()), f.figure().quote()));
        }
        if (f.disagreeing() != null) {
            StatedAssertion a = f.disagreeing().get(0);
            StatedAssertion b = f.disagreeing().get(1);
            lines.add(Message.of("status.CONTESTED.disagreement", a.whoSays(), a.quote(), b.whoSays(), b.quote()));
        }
        return lines;
    }

    /** What a stated value means, in words: "près de 70%" → "just under 70". */
    Message reading(StatedValue v) {
        Interval read = reader.read(v);
        return switch (v.qualifier()) {
            case EXACT -> read.lower() != null && read.lower().compareTo(read.upper()) == 0
                    ? Message.of("reading.EXACT", v.headline())
                    : Message.of("reading.ROUNDED", v.headline(), read.lower(), read.upper());
            case APPROXIMATE -> Message.of(v.roundNumberWord() ? "reading.ROUND_WORD" : "reading.APPROXIMATE",
                    v.headline(), read.lower(), read.upper());
            case RANGE -> Message.of("reading.RANGE", v.low(), v.high());
            case AT_MOST, LESS_THAN, NEARLY -> Message.of("reading." + v.qualifier().name(),
                    v.high() != null ? v.high() : v.low());
            case AT_LEAST, MORE_THAN, VAGUE -> Message.of("reading." + v.qualifier().name(), v.headline());
        };
    }

    private static List<String> names(List<SourceProfile> sources) {
        return sources.stream().map(SourceProfile::name).toList();
    }
}
