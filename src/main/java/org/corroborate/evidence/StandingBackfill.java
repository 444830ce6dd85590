package org.corroborate.evidence;

import org.corroborate.security.SystemAuthentication;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, derives the standing of any figure that has none yet (figures stored before standings existed). */
@Component
@Order(20)
class StandingBackfill implements ApplicationRunner {

    private final EvidenceRepository evidence;
    private final EvidenceService service;
    private final SystemAuthentication system;

    StandingBackfill(EvidenceRepository evidence, EvidenceService service, SystemAuthentication system) {
        this.evidence = evidence;
        this.service = service;
        this.system = system;
    }

    @Override
    public void run(ApplicationArguments args) {
        var missing = evidence.findFigureIdsWithoutStanding();
        if (!missing.isEmpty()) {
            system.run(() -> service.recompute(missing));
        }
    }
}
