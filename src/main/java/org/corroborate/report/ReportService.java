package org.corroborate.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.report.ReportDetails.AssertionRow;
import org.corroborate.security.Role;
import org.corroborate.source.Source;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports feature's API. */
@Service
public class ReportService {

    private final ReportRepository reports;
    private final ApplicationEventPublisher events;

    ReportService(ReportRepository reports, ApplicationEventPublisher events) {
        this.reports = reports;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<ReportSummary> list(String filter, Pageable page) {
        return reports.findSummaries(normalise(filter), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count(String filter) {
        return reports.countSummaries(normalise(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<ReportDetails> details(long id) {
        return reports.findWithPublisher(id).map(r -> new ReportDetails(r.getId(), r.getTitle(),
                r.getPublisher().getName(), r.getPublishedAt(), r.getLanguage(), r.getUrl(), r.getBody(),
                reports.findAssertions(id).stream().map(ReportService::row).toList()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public boolean existsWithKey(String externalKey) {
        return reports.existsByExternalKey(externalKey);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Long> idOfKey(String externalKey) {
        return reports.findByExternalKey(externalKey).map(Report::getId);
    }

    /** Stores a report with the assertions already stated on it. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Report add(Report report) {
        Report saved = reports.save(report);
        events.publishEvent(new ReportAdded(saved.getId(), saved.getAssertions().stream()
                .map(a -> a.getMeasure().kind()).collect(Collectors.toUnmodifiableSet())));
        return saved;
    }

    private static AssertionRow row(Assertion a) {
        return new AssertionRow(a.getId(), a.getQuote(), a.getStartOffset(), a.getEndOffset(),
                a.getQuantity().display(), a.getQuantity().qualifier().label(), a.getMeasure().kind().label(),
                a.getMeasure().subject(), a.getMeasure().period(), a.getOrigin().getName(),
                a.getVia().stream().map(Source::getName).toList());
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
