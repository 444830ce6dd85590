package org.corroborate.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every source's name and aliases in {@link SourceMentions#normalise normalised} form, kept in memory because
 * resolving runs for every extracted figure. Any change to a source makes the next lookup reload it; a
 * rolled-back change too, since the snapshot may have been read inside that transaction.
 */
@Component
class AliasIndex {

    /**
     * Normalised name or alias to the sources it names (more than one: ambiguous); web domain to the one source
     * publishing under it.
     */
    record Snapshot(long generation, NavigableMap<String, Set<Long>> terms, Map<Long, SourceRef> sources,
            Map<String, Long> domains) {

        /** The source publishing under the host's domain or its nearest registered parent. */
        Optional<SourceRef> publisherOf(String domain) {
            return Domains.withParents(domain).stream().map(domains::get).filter(java.util.Objects::nonNull)
                    .findFirst().map(sources::get);
        }

        /** Which other source already publishes under this (normalised) domain, if any. */
        Optional<SourceRef> domainOwnerOtherThan(@Nullable Long sourceId, String domain) {
            Long owner = domains.get(domain);
            return owner == null || owner.equals(sourceId) ? Optional.empty() : Optional.ofNullable(sources.get(owner));
        }

        /**
         * The source a mention names: its name or an alias, the start of a name in whole words ("the Syrian
         * Observatory"), the name or the acronym of "the National Institute for Disaster Risk Management (INGD)",
         * or the name it ends with ("the country's disaster agency INGD", "lundi le ministère de l'Intérieur").
         */
        Optional<SourceRef> resolve(String mention) {
            Optional<SourceRef> whole = resolveWhole(mention);
            if (whole.isPresent()) {
                return whole;
            }
            String[] parts = SourceMentions.parenthesised(mention);
            if (parts != null) {
                Optional<SourceRef> named = resolveWhole(parts[1]).or(() -> resolveWhole(parts[0]));
                if (named.isPresent()) {
                    return named;
                }
            }
            for (String tail : SourceMentions.endings(parts == null ? mention : parts[0])) {
                Set<Long> ids = terms.get(tail);
                if (ids != null) {
                    return only(ids);
                }
            }
            return Optional.empty();
        }

        private Optional<SourceRef> resolveWhole(String mention) {
            String normalised = SourceMentions.normalise(mention);
            if (normalised.isEmpty()) {
                return Optional.empty();
            }
            Set<Long> exact = terms.get(normalised);
            if (exact != null) {
                return only(exact);
            }
            if (SourceMentions.wordCount(normalised) < 2) {
                return Optional.empty();
            }
            // "the Syrian Observatory" names "Syrian Observatory for Human Rights": whole words, from the start.
            Set<Long> byPrefix = new HashSet<>();
            terms.subMap(normalised + " ", normalised + "!").values().forEach(byPrefix::addAll);
            return only(byPrefix);
        }

        /** Which other source already answers to this name or alias, if any. */
        Optional<SourceRef> ownerOtherThan(@Nullable Long sourceId, String nameOrAlias) {
            return terms.getOrDefault(SourceMentions.normalise(nameOrAlias), Set.of()).stream()
                    .filter(id -> !id.equals(sourceId)).findFirst().map(sources::get);
        }

        private Optional<SourceRef> only(Set<Long> ids) {
            return ids.size() == 1 ? Optional.of(sources.get(ids.iterator().next())) : Optional.empty();
        }
    }

    private final SourceRepository repository;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Snapshot current;

    AliasIndex(SourceRepository repository) {
        this.repository = repository;
    }

    /** The cached index; callers are in a transaction, in case it must be read again. */
    Snapshot current() {
        long wanted = generation.get();
        Snapshot snapshot = current;
        if (snapshot == null || snapshot.generation() != wanted) {
            snapshot = load(wanted);
            current = snapshot;
        }
        return snapshot;
    }

    /** Read now, within the caller's transaction: for checking a change against every other source. */
    Snapshot fresh() {
        return load(-1);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
    void sourceChanged(SourceChanged change) {
        generation.incrementAndGet();
    }

    private Snapshot load(long generation) {
        Map<Long, SourceRef> sources = new HashMap<>();
        NavigableMap<String, Set<Long>> terms = new TreeMap<>();
        Map<Long, List<String>> aliases = new HashMap<>();
        for (Object[] alias : repository.findAliases()) {
            add(terms, (String) alias[1], (Long) alias[0]);
            aliases.computeIfAbsent((Long) alias[0], id -> new ArrayList<>()).add((String) alias[1]);
        }
        for (SourceRef source : repository.findRefs()) {
            sources.put(source.id(), new SourceRef(source.id(), source.key(), source.name(), source.kind(),
                    source.party(), source.reliability(), aliases.getOrDefault(source.id(), List.of())));
            add(terms, source.name(), source.id());
        }
        Map<String, Long> domains = new HashMap<>();
        for (Object[] domain : repository.findDomains()) {
            domains.put((String) domain[1], (Long) domain[0]);
        }
        return new Snapshot(generation, terms, Map.copyOf(sources), Map.copyOf(domains));
    }

    private static void add(NavigableMap<String, Set<Long>> terms, String nameOrAlias, long sourceId) {
        String normalised = SourceMentions.normalise(nameOrAlias);
        if (!normalised.isEmpty()) {
            terms.computeIfAbsent(normalised, t -> new LinkedHashSet<>()).add(sourceId);
        }
    }
}
