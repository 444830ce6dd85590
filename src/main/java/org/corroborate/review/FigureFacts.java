package org.corroborate.review;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.LinkedAssertion;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSummary;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a figure rests on, as review compares it: its evidence, its value, its status; and who last changed it. */
@Component
class FigureFacts {

    private final EvidenceService evidence;
    private final FigureService figures;
    private final History history;

    FigureFacts(EvidenceService evidence, FigureService figures, History history) {
        this.evidence = evidence;
        this.figures = figures;
        this.history = history;
    }

    /** The figure's evidence as text: "12:SUPPORTS,40:CONTRADICTS"; empty when it has none. */
    String evidenceKey(long figureId) {
        return evidence.linksOf(figureId).stream().map(e -> e.assertionId() + ":" + e.relation())
                .collect(Collectors.joining(","));
    }

    String status(long figureId) {
        return standing(figureId).name();
    }

    FigureStatus standing(long figureId) {
        return evidence.statusOf(figureId);
    }

    /** Everything whose change makes an approval lapse. */
    String fingerprint(FigureSummary figure) {
        long id = figure.id();
        return evidenceKey(id) + "|" + figure.value() + "|"
                + (figure.attributionId() == null ? "" : figure.attributionId()) + "|" + status(id);
    }

    /** Who last corrected or restored the figure's value; null when nobody did since it was added. */
    @Nullable String lastValueEditor(long figureId) {
        return figures.summary(figureId).map(FigureSummary::valueEditedBy).orElse(null);
    }

    /** Who last linked, relinked or unlinked the figure's evidence; null when nobody did. */
    @Nullable String lastEvidenceChanger(long figureId) {
        Optional<LinkedAssertion> lastLink = evidence.linksOf(figureId).stream()
                .max(Comparator.comparing(LinkedAssertion::linkedAt));
        Optional<HistoryEntry> lastChange = history.latest(figureId, History.EVIDENCE_CHANGED);
        if (lastChange.isPresent() && (lastLink.isEmpty()
                || !lastChange.get().at().isBefore(lastLink.get().linkedAt()))) {
            return lastChange.get().who();
        }
        return lastLink.map(LinkedAssertion::linkedBy).orElse(null);
    }
}
