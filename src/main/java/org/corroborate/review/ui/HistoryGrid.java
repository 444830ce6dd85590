package org.corroborate.review.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.corroborate.base.ui.Formats;
import org.corroborate.history.HistoryEntry;

/** Lines of history, newest first: when, who, what, before → after. */
class HistoryGrid extends Grid<HistoryEntry> {

    HistoryGrid(List<HistoryEntry> history, Names names) {
        addClassName("history-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(h -> Formats.dateTime(h.at(), getLocale())).setHeader(getTranslation("review.history.when"))
                .setFlexGrow(1);
        addColumn(h -> names.of(h.who())).setHeader(getTranslation("review.history.who")).setFlexGrow(1);
        addColumn(h -> getTranslation("review.history.entity." + h.entityType(), h.entityId()) + " · "
                + getTranslation("review.history.action." + h.action())).setHeader(getTranslation("review.history.what"))
                .setFlexGrow(2);
        addColumn(h -> (h.before() == null ? "—" : say(h.before())) + " → " + (h.after() == null ? "—" : say(h.after())))
                .setHeader(getTranslation("review.history.change")).setFlexGrow(4);
        setItems(history);
        setAllRowsVisible(history.size() < 30);
    }

    /** Where a value in the history names a state, a status, a kind or a decision ("IN_REVIEW", "≈ 260 · DEATHS",
     * "APPROVED: wording"), as stored: said in the reader's language; the rest stays as written. */
    String say(String stored) {
        java.util.regex.Matcher decided = DECIDED.matcher(stored);
        if (decided.matches()) {
            String word = word(decided.group(1));
            if (word != null) {
                return org.corroborate.base.ui.Formats.labelled(word, decided.group(2), getLocale());
            }
        }
        String[] parts = stored.split(" · ", -1);
        for (int i = 0; i < parts.length; i++) {
            String word = parts[i].matches("[A-Z][A-Z_]+") ? word(parts[i]) : null;
            if (word != null) {
                parts[i] = word;
            }
        }
        return String.join(" · ", parts);
    }

    private static final java.util.regex.Pattern DECIDED = java.util.regex.Pattern.compile("([A-Z][A-Z_]+): (.*)",
            java.util.regex.Pattern.DOTALL);
    private static final List<String> FAMILIES = List.of("story.state.", "status.", "kind.", "review.history.action.");

    private String word(String name) {
        for (String family : FAMILIES) {
            String said = getTranslation(family + name);
            if (said != null && !said.startsWith("!") && !said.equals(family + name)) {
                return said;
            }
        }
        return null;
    }
}
