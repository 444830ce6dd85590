package org.corroborate.api;

import java.util.Locale;
import java.util.NoSuchElementException;
import org.corroborate.evidence.EvidenceService;
import org.corroborate.evidence.FigurePanelData;
import org.corroborate.evidence.domain.Relation;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/figures/{id}/evidence: links an assertion to a figure, as the figure panel does. */
@RestController
class EvidenceController {

    private final EvidenceService evidence;

    private final TransactionTemplate transaction;

    EvidenceController(EvidenceService evidence, TransactionTemplate transaction) {
        this.evidence = evidence;
        this.transaction = transaction;
    }

    record NewEvidence(@Nullable Long assertionId, @Nullable String relation) {
    }

    record Standing(long figureId, String status, int credibility, java.util.List<String> explanation,
            java.util.List<StoryJson.Evidence> evidence) {
    }

    @PostMapping(path = "/api/v1/figures/{id}/evidence", consumes = "application/json", produces = "application/json")
    Standing link(@PathVariable long id, @RequestBody NewEvidence request, Locale locale) {
        Fields.require().field("assertionId", request.assertionId()).field("relation", request.relation()).check();
        Relation relation = relation(request.relation());
        // Linked and read back in one transaction: a client told of a failure can be sure nothing was stored.
        evidence.panel(id, locale); // 404 for an unknown figure before anything is stored
        FigurePanelData panel = transaction.execute(status -> {
            try {
                evidence.link(id, request.assertionId(), relation);
            } catch (IllegalArgumentException e) {
                throw new NoSuchElementException(e.getMessage());
            }
            return evidence.panel(id, locale);
        });
        return new Standing(id, panel.standing().status().label(), panel.standing().credibility(),
                panel.standing().explanation(), panel.evidence().stream().map(StoryJson.Evidence::of).toList());
    }

    private static Relation relation(String value) {
        try {
            return Relation.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The field 'relation' is 'supports', 'contradicts' or 'context'.");
        }
    }
}
