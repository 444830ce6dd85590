package org.corroborate.report;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, scopes the assertions stored before scopes existed (migration V33): reads each report's places and
 * periods as new reports are read, a batch of reports per transaction, then announces the reports so that the
 * standings of figures of their kinds are derived again with the rule that keeps evidence within its event.
 */
@Component
@Order(6)
class AssertionScopeBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssertionScopeBackfill.class);
    static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final ReportRepository reports;
    private final ReportScopes scopes;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final SystemAuthentication system;

    AssertionScopeBackfill(JdbcTemplate jdbc, ReportRepository reports, ReportScopes scopes,
            TransactionTemplate transaction, ApplicationEventPublisher events, SystemAuthentication system) {
        this.system = system;
        this.jdbc = jdbc;
        this.reports = reports;
        this.scopes = scopes;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        system.run(this::scopeUnscoped);
    }

    private void scopeUnscoped() {
        int done = 0;
        List<Long> batch;
        while (!(batch = jdbc.queryForList("""
                select distinct report_id from assertion where not scope_read order by report_id limit ?
                """, Long.class, BATCH)).isEmpty()) {
            List<Long> ids = batch;
            transaction.executeWithoutResult(status -> {
                Set<QuantityKind> kinds = EnumSet.noneOf(QuantityKind.class);
                for (Report report : reports.findAllById(ids)) {
                    scopes.scope(report);
                    report.getAssertions().forEach(a -> kinds.add(a.getMeasure().kind()));
                }
                reports.flush();
                events.publishEvent(new AssertionsRescoped(kinds));
            });
            done += ids.size();
        }
        if (done > 0) {
            log.info("Scoped the assertions of {} reports stored before event scopes", done);
        }
    }
}
