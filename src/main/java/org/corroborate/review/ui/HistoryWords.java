package org.corroborate.review.ui;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.base.ui.Formats;
import org.corroborate.history.History;
import org.corroborate.history.HistoryEntry;
import org.corroborate.review.FigureHistory;
import org.corroborate.review.FigureHistory.Link;
import org.corroborate.review.FigureHistory.Stated;
import org.jspecify.annotations.Nullable;

/**
 * What a line of history says, in the reader's language, as a newsroom reads it: a state, a status, a kind or a
 * decision by its word ("IN_REVIEW", "≈ 260 · DEATHS", "APPROVED: wording"); a lapsed approval with the name of who
 * had decided ("LAPSED, decided by editor"); an evidence change as the values linked and unlinked ("linked INGD,
 * 18 Mar 2019, “242”, as supporting"), not as the ids it is stored as ("48:SUPPORTS"). The rest stays as written.
 */
final class HistoryWords {

    /** The caller's translations: a component's {@code getTranslation}. */
    interface Translations {
        String get(String key, Object... params);
    }

    private static final Pattern DECIDED = Pattern.compile("([A-Z][A-Z_]+): (.*)", Pattern.DOTALL);
    private static final Pattern DECIDED_BY = Pattern.compile("([A-Z][A-Z_]+), decided by (.+)");
    private static final List<String> FAMILIES = List.of("review.history.decision.", "story.state.", "status.", "kind.",
            "review.history.action.");

    private final Translations t;
    private final Locale locale;
    private final Names names;
    private final Map<Long, Stated> assertions;

    HistoryWords(Translations t, Locale locale, Names names, Map<Long, Stated> assertions) {
        this.t = t;
        this.locale = locale;
        this.names = names;
        this.assertions = assertions;
    }

    /** The change a line records: "before → after", or for evidence the values linked and unlinked. */
    String change(HistoryEntry h) {
        if (History.EVIDENCE_CHANGED.equals(h.action())) {
            String said = String.join("; ", evidenceChange(FigureHistory.links(h.before()),
                    FigureHistory.links(h.after())));
            return said.isEmpty() ? "—" : said;
        }
        if (History.EVIDENCE_SNAPSHOT.equals(h.action())) {
            List<String> linked = FigureHistory.links(h.after()).stream()
                    .map(l -> value(l.assertionId()) + ", " + t.get("review.history.as." + l.relation())).toList();
            return linked.isEmpty() ? "—" : String.join("; ", linked);
        }
        return (h.before() == null ? "—" : say(h.before())) + " → " + (h.after() == null ? "—" : say(h.after()));
    }

    private List<String> evidenceChange(List<Link> before, List<Link> after) {
        Map<Long, Link> was = new LinkedHashMap<>();
        before.forEach(l -> was.put(l.assertionId(), l));
        List<String> said = new ArrayList<>();
        for (Link now : after) {
            Link old = was.remove(now.assertionId());
            if (old == null) {
                said.add(t.get("review.history.linked", value(now.assertionId()),
                        t.get("review.history.as." + now.relation())));
            } else if (old.relation() != now.relation()) {
                said.add(t.get("review.history.relinked", value(now.assertionId()),
                        t.get("review.history.as." + now.relation())));
            }
        }
        was.values().forEach(gone -> said.add(t.get("review.history.unlinked", value(gone.assertionId()))));
        return said;
    }

    /** "INGD, 18 Mar 2019, “242”", "AFP citing OSDH, ..."; one not given (the story history) is "a report value". */
    private String value(long assertionId) {
        Stated s = assertions.get(assertionId);
        if (s == null) {
            return t.get("review.history.a-value");
        }
        String who = s.origin() == null ? s.publisher() : t.get("review.history.citing", s.publisher(), s.origin());
        return who + ", " + Formats.date(s.published().atZone(ZoneOffset.UTC).toLocalDate(), locale)
                + ", " + Formats.quoted(s.quote(), locale);
    }

    /** A stored value in words: its state, status, kind or decision named in the reader's language. */
    String say(String stored) {
        Matcher decidedBy = DECIDED_BY.matcher(stored);
        if (decidedBy.matches()) {
            return t.get("review.history.decided-by", wordOr(decidedBy.group(1)), names.of(decidedBy.group(2)));
        }
        Matcher decided = DECIDED.matcher(stored);
        if (decided.matches()) {
            String word = word(decided.group(1));
            if (word != null) {
                return Formats.labelled(word, decided.group(2), locale);
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

    private String wordOr(String name) {
        String word = word(name);
        return word == null ? name : word;
    }

    private @Nullable String word(String name) {
        for (String family : FAMILIES) {
            String said = t.get(family + name);
            if (said != null && !said.startsWith("!") && !said.equals(family + name)) {
                return said;
            }
        }
        return null;
    }
}
