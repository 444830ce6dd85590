package org.corroborate.report;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives reports stored before V6 the fingerprints that duplicates are found by. Done in Java rather than in
 * the migration so that old and new reports are normalised by the very same code.
 */
@Component
@Order(0)
class ReportFingerprints implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportFingerprints.class);

    private final ReportRepository reports;
    private final TransactionTemplate transaction;

    ReportFingerprints(ReportRepository reports, TransactionTemplate transaction) {
        this.reports = reports;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer filled = transaction.execute(status -> {
            List<Report> unfingerprinted = reports.findUnfingerprinted();
            unfingerprinted.forEach(Report::fingerprint);
            return unfingerprinted.size();
        });
        if (filled != null && filled > 0) {
            log.info("Fingerprinted {} reports stored before duplicate detection", filled);
        }
    }
}
