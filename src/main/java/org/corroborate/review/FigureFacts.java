package org.corroborate.review;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.LinkedAssertion;
import org.corroborate.evidence.domain.FigureStatus;
import org.corroborate.evidence.domain.Relation;
import org.corroborate.figure.FigureService;
import org.corroborate.figure.FigureSummary;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.report.Assertion;
import org.corroborate.report.ReportService;
import org.corroborate.source.Source;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What a figure rests on, as review compares it: its evidence, its value, its status; and who last changed it. */
@Component
class FigureFacts {

    private final EvidenceService evidence;
    private final FigureService figures;
    private final History history;
    private final ReportService reports;

    FigureFacts(EvidenceService evidence, FigureService figures, History history, ReportService reports) {
        this.evidence = evidence;
        this.reports = reports;
        this.figures = figures;
        this.history = history;
    }

    /** The figure's evidence as text: "12:SUPPORTS,40:CONTRADICTS"; empty when it has none. */
    String evidenceKey(long figureId) {
        return evidence.linksOf(figureId).stream().map(e -> e.assertionId() + ":" + e.relation())
                .collect(Collectors.joining(","));
    }

    /** The relations of the figure's evidence links. */
    List<Relation> relations(long figureId) {
        return evidence.linksOf(figureId).stream().map(LinkedAssertion::relation).toList();
    }

    /** The assertions that these evidence changes name, by id; those no longer stored are left out. */
    Map<Long, FigureHistory.Stated> namedIn(List<HistoryEntry> changes) {
        Set<Long> ids = new HashSet<>();
        for (HistoryEntry h : changes) {
            if (History.EVIDENCE_CHANGED.equals(h.action()) || History.EVIDENCE_SNAPSHOT.equals(h.action())) {
                FigureHistory.links(h.before()).forEach(l -> ids.add(l.assertionId()));
                FigureHistory.links(h.after()).forEach(l -> ids.add(l.assertionId()));
            }
        }
        Map<Long, FigureHistory.Stated> named = new HashMap<>();
        for (Assertion a : reports.assertionsWithSources(ids)) {
            Source publisher = a.getReport().getPublisher();
            Source origin = a.getOrigin();
            named.put(a.getId(), new FigureHistory.Stated(publisher.getName(),
                    origin == null || Objects.equals(origin.getId(), publisher.getId()) ? null : origin.getName(),
                    a.getPublishedAt() != null ? a.getPublishedAt() : a.getReport().getPublishedAt(), a.getQuote()));
        }
        return named;
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

    /**
     * {@link #lastEvidenceChanger(long)} of each of these figures (left out: those nobody changed), in two queries for
     * them all: a story's review reads all its figures.
     */
    Map<Long, String> lastEvidenceChangers(Collection<Long> figureIds) {
        Map<Long, List<LinkedAssertion>> links = evidence.linksOf(figureIds);
        Map<Long, HistoryEntry> changes = history.latestOf(figureIds, History.EVIDENCE_CHANGED);
        Map<Long, String> out = new HashMap<>();
        for (Long id : figureIds) {
            String who = lastEvidenceChanger(links.getOrDefault(id, List.of()), Optional.ofNullable(changes.get(id)));
            if (who != null) {
                out.put(id, who);
            }
        }
        return out;
    }

    /** Who last linked, relinked or unlinked the figure's evidence; null when nobody did. */
    @Nullable String lastEvidenceChanger(long figureId) {
        return lastEvidenceChanger(evidence.linksOf(figureId), history.latest(figureId, History.EVIDENCE_CHANGED));
    }

    private static @Nullable String lastEvidenceChanger(List<LinkedAssertion> links, Optional<HistoryEntry> lastChange) {
        Optional<LinkedAssertion> lastLink = links.stream().max(Comparator.comparing(LinkedAssertion::linkedAt));
        if (lastChange.isPresent() && (lastLink.isEmpty()
                || !lastChange.get().at().isBefore(lastLink.get().linkedAt()))) {
            return lastChange.get().who();
        }
        return lastLink.map(LinkedAssertion::linkedBy).orElse(null);
    }
}
