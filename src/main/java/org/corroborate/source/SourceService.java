package org.corroborate.source;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corroborate.security.Role;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The source registry's API. */
@Service
public class SourceService {

    private final SourceRepository sources;

    SourceService(SourceRepository sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<SourceSummary> list(String filter, Pageable page) {
        return sources.findSummaries(normalise(filter), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count(String filter) {
        return sources.countSummaries(normalise(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<SourceDetails> details(long id) {
        return sources.findById(id).map(SourceDetails::of);
    }

    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Source register(Source source) {
        if (sources.findByKey(source.getKey()).isPresent()) {
            throw new IllegalArgumentException("A source with key " + source.getKey() + " already exists");
        }
        return sources.save(source);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Source> findByKey(String key) {
        return sources.findByKey(key);
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
