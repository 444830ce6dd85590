package org.corroborate.review;

import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.evidence.Evidence;
import org.corroborate.figure.Figure;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a figure rests on, as review compares it: its evidence, its value, its status; and who last changed it. */
@Component
class FigureFacts {

    private final ReviewRepository reads;
    private final ChangeLog log;

    FigureFacts(ReviewRepository reads, ChangeLog log) {
        this.reads = reads;
        this.log = log;
    }

    /** The figure's evidence as text: "12:SUPPORTS,40:CONTRADICTS"; empty when it has none. */
    String evidenceKey(long figureId) {
        return reads.findEvidence(figureId).stream().map(e -> e.getAssertionId() + ":" + e.getRelation())
                .collect(Collectors.joining(","));
    }

    String status(long figureId) {
        return reads.findStatus(figureId).map(Enum::name).orElse("UNSUPPORTED");
    }

    /** Everything whose change makes an approval lapse. */
    String fingerprint(Figure figure) {
        long id = figure.getId();
        return evidenceKey(id) + "|" + figure.getQuantity().display() + "|"
                + (figure.getAttributedSource() == null ? "" : figure.getAttributedSource().getId()) + "|" + status(id);
    }

    /** Who last corrected or restored the figure's value; null when nobody did since it was added. */
    @Nullable String lastValueEditor(long figureId) {
        return reads.findFigure(figureId).map(Figure::getValueEditedBy).orElse(null);
    }

    /** Who last linked, relinked or unlinked the figure's evidence; null when nobody did. */
    @Nullable String lastEvidenceChanger(long figureId) {
        Optional<Evidence> lastLink = reads.findEvidence(figureId).stream()
                .max(Comparator.comparing(Evidence::getLinkedAt));
        Optional<ChangeEntry> lastChange = log.latest(figureId, ChangeLog.EVIDENCE_CHANGED);
        if (lastChange.isPresent() && (lastLink.isEmpty()
                || !lastChange.get().getChangedAt().isBefore(lastLink.get().getLinkedAt()))) {
            return lastChange.get().getChangedBy();
        }
        return lastLink.map(Evidence::getLinkedBy).orElse(null);
    }
}
