package org.corroborate.place;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.corroborate.extraction.TextNormaliser;
import org.corroborate.security.CurrentUser;
import org.corroborate.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The place registry's API: list, register and edit places (fact-checkers), and the {@link Gazetteer} that scopes
 * figures and assertions. A change publishes no event: scopes already read keep their place ids, which follow any
 * renaming or re-parenting, as the gazetteer reads the hierarchy anew.
 */
@Service
public class PlaceService {

    private final PlaceRepository places;
    private final Clock clock = Clock.systemUTC();
    private final AtomicReference<@Nullable Gazetteer> snapshot = new AtomicReference<>();

    PlaceService(PlaceRepository places) {
        this.places = places;
    }

    /** The registry as one snapshot: read once, kept until a place changes. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Gazetteer gazetteer() {
        Gazetteer current = snapshot.get();
        if (current == null) {
            current = new Gazetteer(rows());
            snapshot.set(current);
        }
        return current;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public List<PlaceRow> list(String filter) {
        String f = TextNormaliser.fold(filter);
        return rows().stream()
                .filter(r -> f.isEmpty() || TextNormaliser.fold(r.fullName()).contains(f)
                        || TextNormaliser.fold(r.fullName(Locale.FRENCH)).contains(f)
                        || r.aliases().stream().anyMatch(a -> TextNormaliser.fold(a).contains(f)))
                .sorted(Comparator.comparing(PlaceRow::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<PlaceRow> find(long id) {
        return rows().stream().filter(r -> r.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.Names.CAN_READ)
    public Optional<PlaceRow> findByKey(String key) {
        return places.findByKey(key).flatMap(p -> find(p.getId()));
    }

    /** A fact-checker registers a place; its key is made from its name. */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public long register(String name, @Nullable String nameFr, PlaceKind kind, @Nullable Long parentId,
            List<String> aliases) {
        String clean = requireName(name);
        String french = frenchName(nameFr, clean);
        requireParent(null, parentId);
        String key = uniqueKey(clean);
        Place place = places.save(new Place(key, clean, french, kind, parentId, cleanAliases(aliases, clean)));
        changed();
        return place.getId();
    }

    /**
     * A fact-checker renames a place (in English and French), changes its aliases or what it lies within (never
     * within itself).
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public void edit(long id, String name, @Nullable String nameFr, PlaceKind kind, @Nullable Long parentId,
            List<String> aliases) {
        Place place = places.findById(id).orElseThrow(() -> new IllegalArgumentException("No place " + id));
        String clean = requireName(name);
        String french = frenchName(nameFr, clean);
        requireParent(id, parentId);
        place.edit(clean, french, kind, parentId, cleanAliases(aliases, clean), CurrentUser.usernameOrSystem(),
                clock.instant());
        changed();
    }

    /**
     * Registers the curated places not yet in the registry (by key), and gives the French name to those that have
     * none yet; edits made since are kept.
     */
    @Transactional
    @PreAuthorize(Role.Names.CAN_EDIT)
    public int seed(List<SeedPlace> seed) {
        Map<String, Long> ids = new HashMap<>();
        places.findAll().forEach(p -> ids.put(p.getKey(), p.getId()));
        int added = 0;
        Map<String, Place> byKey = new HashMap<>();
        places.findAll().forEach(p -> byKey.put(p.getKey(), p));
        for (SeedPlace s : seed) {
            if (ids.containsKey(s.key())) {
                Place known = byKey.get(s.key());
                if (known != null && known.getNameFr() == null && s.nameFr() != null) {
                    known.nameInFrench(s.nameFr());
                    added++;
                }
                continue;
            }
            Long parent = s.parentKey() == null ? null : ids.get(s.parentKey());
            Place saved = places.save(new Place(s.key(), s.name(), s.nameFr(), s.kind(), parent,
                    new LinkedHashSet<>(s.aliases())));
            ids.put(s.key(), saved.getId());
            added++;
        }
        if (added > 0) {
            changed();
        }
        return added;
    }

    /** One line of the curated list; {@code nameFr} null when the French name is the same. */
    public record SeedPlace(String key, @Nullable String parentKey, PlaceKind kind, String name,
                            @Nullable String nameFr, List<String> aliases) {
    }

    private List<PlaceRow> rows() {
        List<Place> all = places.findAll(org.springframework.data.domain.Sort.by("id"));
        Map<Long, Place> byId = new HashMap<>();
        all.forEach(p -> byId.put(p.getId(), p));
        List<PlaceRow> rows = new ArrayList<>();
        for (Place p : all) {
            List<String> within = new ArrayList<>();
            List<String> withinFr = new ArrayList<>();
            Long at = p.getParentId();
            while (at != null && byId.containsKey(at) && within.size() < 10) {
                Place parent = byId.get(at);
                within.add(parent.getName());
                withinFr.add(parent.getNameFr() == null ? parent.getName() : parent.getNameFr());
                at = parent.getParentId();
            }
            rows.add(new PlaceRow(p.getId(), p.getVersion(), p.getKey(), p.getName(), p.getNameFr(), p.getKind(),
                    p.getParentId(), within, withinFr, List.copyOf(p.getAliases())));
        }
        return rows;
    }

    private void changed() {
        snapshot.set(null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    snapshot.set(null);
                }
            });
        }
    }

    /** The French name, or null when none is given or it is the same as the name. */
    private static @Nullable String frenchName(@Nullable String nameFr, String name) {
        String clean = nameFr == null ? "" : nameFr.strip();
        if (clean.length() > 300) {
            throw new InvalidPlaceException("place.error.name");
        }
        return clean.isEmpty() || clean.equals(name) ? null : clean;
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 300) {
            throw new InvalidPlaceException("place.error.name");
        }
        return clean;
    }

    private void requireParent(@Nullable Long id, @Nullable Long parentId) {
        if (parentId == null) {
            return;
        }
        Long at = parentId;
        int steps = 0;
        while (at != null && steps++ < 50) {
            if (at.equals(id)) {
                throw new InvalidPlaceException("place.error.cycle");
            }
            at = places.findById(at).orElseThrow(() -> new InvalidPlaceException("place.error.parent")).getParentId();
        }
    }

    private String uniqueKey(String name) {
        String base = TextNormaliser.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "place";
        }
        String key = base;
        for (int n = 2; places.findByKey(key).isPresent(); n++) {
            key = base + "-" + n;
        }
        return key.toLowerCase(Locale.ROOT);
    }

    private static Set<String> cleanAliases(List<String> aliases, String name) {
        Set<String> clean = new LinkedHashSet<>();
        for (String a : aliases) {
            String s = a == null ? "" : a.strip();
            if (!s.isEmpty() && !s.equalsIgnoreCase(name) && s.length() <= 300) {
                clean.add(s);
            }
        }
        return clean;
    }
}
