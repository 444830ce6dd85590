package org.corroborate.source;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.corroborate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The source registry's API. Every change publishes a {@link SourceChanged}. */
@Service
public class SourceService {

    /** Merging rewrites other people's evidence, so it is an editor's decision. */
    static final String CAN_MERGE = Role.Names.CAN_DECIDE;

    private final SourceRepository sources;
    private final AliasIndex index;
    private final ApplicationEventPublisher events;
    private final List<SourceReferences> references;

    SourceService(SourceRepository sources, AliasIndex index, ApplicationEventPublisher events,
            List<SourceReferences> references) {
        this.references = references;
        this.sources = sources;
        this.index = index;
        this.events = events;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<SourceSummary> list(String filter, Pageable page) {
        List<SourceSummary> rows = sources.findSummaries(fold(filter), page);
        List<Long> ids = rows.stream().map(SourceSummary::id).toList();
        Map<Long, Long> published = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            references.forEach(r -> r.reportsPublishedBy(ids).forEach((id, n) -> published.merge(id, n, Long::sum)));
        }
        return rows.stream().map(r -> new SourceSummary(r.id(), r.key(), r.name(), r.kind(), r.party(),
                r.reliability(), published.getOrDefault(r.id(), 0L))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public long count(String filter) {
        return sources.countSummaries(fold(filter));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<SourceDetails> details(long id) {
        return sources.findById(id).map(SourceDetails::of);
    }

    /** Every source, by name: the choices of a picker. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<SourceRef> choices() {
        return index.current().sources().values().stream()
                .sorted((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name())).toList();
    }

    /** Distinct kinds in use, for suggestions. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<String> kinds() {
        return index.current().sources().values().stream().map(SourceRef::kind).distinct().sorted().toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public SourceUsage usage(long id) {
        return references.stream().map(r -> r.usage(id)).reduce(SourceUsage.NONE, SourceUsage::plus);
    }

    /**
     * The registered source an attribution names, as written in a text ("l'OSDH", "the Syrian
     * Observatory"): by name or alias, whatever the case, accents or leading article; a mention of two
     * words or more may be the start of one. Empty when nothing or more than one source fits.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<SourceRef> resolve(String mention) {
        return mention == null ? Optional.empty() : index.current().resolve(mention);
    }

    /**
     * Which of these mentions {@link #resolve resolve} to the source, read afresh within the caller's transaction (a
     * source just registered or given an alias is seen at once).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public java.util.Set<String> namedBy(long sourceId, Collection<String> mentions) {
        AliasIndex.Snapshot snapshot = index.fresh();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (String mention : mentions) {
            if (mention != null && snapshot.resolve(mention).filter(s -> s.id() == sourceId).isPresent()) {
                named.add(mention);
            }
        }
        return named;
    }

    /** {@link #resolve} for many mentions at once; unresolved mentions are left out. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Map<String, SourceRef> resolveAll(Collection<String> mentions) {
        AliasIndex.Snapshot snapshot = index.current();
        Map<String, SourceRef> resolved = new LinkedHashMap<>();
        for (String mention : mentions) {
            if (mention != null && !resolved.containsKey(mention)) {
                snapshot.resolve(mention).ifPresent(source -> resolved.put(mention, source));
            }
        }
        return resolved;
    }

    /**
     * The source that publishes at this address: the one whose web domain is the address's host or its nearest
     * registered parent ("news.un.org" finds the source of "un.org"). Empty when none does.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<SourceRef> publisherOf(@Nullable String url) {
        return Domains.ofAddress(url).flatMap(domain -> index.current().publisherOf(domain));
    }

    /** Registers a source, its key made from its name. Throws {@link InvalidSourceException} naming every problem. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public SourceDetails create(SourceDraft draft) {
        return create(null, draft);
    }

    /** Registers a source under the given key, or one made from its name when {@code key} is blank. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public SourceDetails create(@Nullable String key, SourceDraft draft) {
        List<String> aliases = SourceRules.cleanAliases(draft.aliases(), draft.name());
        AliasIndex.Snapshot others = index.fresh();
        SourceRules rules = new SourceRules().check(draft, aliases, null, others)
                .checkDomains(draft.domains(), null, others);
        boolean keyGiven = key != null && !key.isBlank();
        if (keyGiven) {
            rules.checkKey(key.strip(), sources.existsByKey(key.strip()));
        }
        rules.throwIfAny();
        Source source = new Source(keyGiven ? key.strip() : freeKeyFor(draft.name(), aliases), draft.name(), draft.kind(),
                draft.party(), draft.reliability());
        source.grade(draft.reliability(), draft.reliabilityNote());
        source.addAliases(aliases);
        source.publishUnder(draft.domains());
        Source saved = sources.saveAndFlush(source);
        events.publishEvent(new SourceChanged(saved.getId()));
        events.publishEvent(new SourceEdited(saved.getId(), "CREATED", null, SourceEdited.summary(saved)));
        return SourceDetails.of(saved);
    }

    /**
     * Changes a source as the editor saw it at {@code expectedVersion}; if someone saved it since, throws
     * {@link org.springframework.dao.OptimisticLockingFailureException} and changes nothing.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public SourceDetails edit(long id, long expectedVersion, SourceDraft draft) {
        Source source = sources.findById(id).orElseThrow(() -> new NoSuchElementException("No source " + id));
        if (source.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Source.class, id);
        }
        String before = SourceEdited.summary(source);
        List<String> aliases = SourceRules.cleanAliases(draft.aliases(), draft.name());
        AliasIndex.Snapshot others = index.fresh();
        new SourceRules().check(draft, aliases, id, others).checkDomains(draft.domains(), id, others).throwIfAny();
        source.rename(draft.name());
        source.classify(draft.kind(), draft.party());
        source.grade(draft.reliability(), draft.reliabilityNote());
        source.getAliases().stream().filter(old -> aliases.stream().noneMatch(old::equalsIgnoreCase))
                .forEach(source::removeAlias);
        // A change of case only ("Ocha" to "OCHA") replaces the stored spelling.
        aliases.stream().filter(a -> !source.getAliases().contains(a)).forEach(a -> {
            source.removeAlias(a);
            source.addAlias(a);
        });
        source.publishUnder(draft.domains());
        Source saved = sources.saveAndFlush(source);
        events.publishEvent(new SourceChanged(id));
        String after = SourceEdited.summary(saved);
        if (!after.equals(before)) {
            events.publishEvent(new SourceEdited(id, "EDITED", before, after));
        }
        return SourceDetails.of(saved);
    }

    /**
     * Merges a duplicate into the source that survives: its name and aliases become the survivor's aliases,
     * every report, assertion, relay and figure that referred to it refers to the survivor, and it is
     * deleted. All or nothing.
     */
    @Transactional
    @PreAuthorize(CAN_MERGE)
    public SourceDetails merge(long survivorId, long mergedId) {
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("A source cannot be merged into itself");
        }
        Source survivor = sources.findById(survivorId)
                .orElseThrow(() -> new NoSuchElementException("No source " + survivorId));
        Source merged = sources.findById(mergedId)
                .orElseThrow(() -> new NoSuchElementException("No source " + mergedId));
        String before = SourceEdited.summary(merged) + " → " + SourceEdited.summary(survivor);
        sources.flush();
        references.forEach(r -> r.moveReferences(mergedId, survivorId));
        survivor.absorb(merged);
        sources.delete(merged);
        sources.flush();
        events.publishEvent(new SourceChanged(survivorId, mergedId));
        events.publishEvent(new SourceEdited(survivorId, "MERGED", before, SourceEdited.summary(survivor)));
        return SourceDetails.of(survivor);
    }

    /** For loading known data (the demo scenario): the source as built, its key checked. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public Source register(Source source) {
        if (sources.existsByKey(source.getKey())) {
            throw new IllegalArgumentException("A source with key " + source.getKey() + " already exists");
        }
        Source saved = sources.save(source);
        events.publishEvent(new SourceChanged(saved.getId()));
        events.publishEvent(new SourceEdited(saved.getId(), "CREATED", null, SourceEdited.summary(saved)));
        return saved;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<Source> findByKey(String key) {
        return sources.findByKey(key);
    }

    private String freeKeyFor(String name, List<String> aliases) {
        String base = SourceRules.keyFor(name, aliases);
        if (base.length() > Source.MAX_KEY_LENGTH - 6) {
            base = base.substring(0, Source.MAX_KEY_LENGTH - 6);
        }
        String key = base;
        for (int n = 2; sources.existsByKey(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private static String fold(String filter) {
        return filter == null ? "" : SourceMentions.fold(filter);
    }
}
