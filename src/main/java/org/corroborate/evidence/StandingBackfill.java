package org.corroborate.evidence;

import java.util.List;
import org.corroborate.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, fills what earlier versions did not store: the subject terms of assertions, and the
 * standing of figures that have none yet.
 */
@Component
@Order(20)
class StandingBackfill implements ApplicationRunner {

    private final EvidenceRepository evidence;
    private final EvidenceService service;
    private final SystemAuthentication system;
    private final CandidateIndex index;

    StandingBackfill(EvidenceRepository evidence, EvidenceService service, SystemAuthentication system,
            CandidateIndex index) {
        this.index = index;
        this.evidence = evidence;
        this.service = service;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        index.indexMissing();
        List<Long> missing = system.call(evidence::findFigureIdsWithoutStanding);
        if (!missing.isEmpty()) {
            system.run(() -> service.recompute(missing));
        }
    }
}
