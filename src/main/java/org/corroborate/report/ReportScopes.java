package org.corroborate.report;

import java.time.ZoneOffset;
import org.corroborate.place.Gazetteer;
import org.corroborate.place.PlaceService;
import org.springframework.stereotype.Component;

/**
 * Reads where and when each assertion of a report counts: the place its sentence names (else the report's dominant
 * place, its title counting twice; for the whole of which another figure of its kind is a part placed there, the
 * place that part lies within: DD022), the days its period phrase says against the publication day (else the window
 * before it). Every path that stores a report goes through here, so every stored assertion has its scope.
 */
@Component
class ReportScopes {

    private final PlaceService places;

    ReportScopes(PlaceService places) {
        this.places = places;
    }

    void scope(Report report) {
        if (report.getAssertions().isEmpty()) {
            return;
        }
        Gazetteer.TextPlaces named = places.gazetteer().read(report.getBody(), report.getTitle());
        var published = report.getPublishedAt().atZone(ZoneOffset.UTC).toLocalDate();
        var assertions = report.getAssertions();
        var scoped = named.scopeAll(assertions.stream()
                .map(a -> new Gazetteer.Stated(a.getMeasure(), a.getStartOffset(), a.getEndOffset())).toList(),
                published);
        for (int i = 0; i < assertions.size(); i++) {
            assertions.get(i).scopeTo(scoped.get(i));
        }
    }
}
