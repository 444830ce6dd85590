package org.corroborate.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.corroborate.evidence.domain.SubjectTerms;
import org.corroborate.extraction.QuantityKind;
import org.corroborate.report.ReportText;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a newsroom's data at scale with PostgreSQL COPY, into a database whose schema Flyway made and where the
 * demo data (sources, places, users) is loaded: reports and their assertions over many events (a registered place and
 * a month), stories about those events with their figures anchored in their text, evidence links to assertions of the
 * same event and kind, stored standings, editors' decisions, assignments, threaded comments with mentions,
 * notifications, and the history rows the app writes for all of these (figure added, evidence changed, standing
 * recomputed, decisions, states, comments, imports) and each figure's first revision.
 *
 * <p>The full size ({@link Size#FULL}) is 10 000 stories, about 1 000 000 figures, 100 000 reports, 1 000 000 assertions
 * and 100 000 comments over 2 000 events; tests use a reduced size. The same seed gives the same data. Rows are written
 * with the foreign-key triggers off ({@code session_replication_role = replica}, the generator keeps the references
 * right), then every table is analysed and the identity sequences are moved past the generated ids.
 *
 * <p>Lives in {@code src/bench/scale}: compiled with the benchmarks ({@code -Pbench}) and with the tests (the query
 * plan test generates a reduced set).
 */
public final class ScaleData {

    /** How much to generate. Figures per story vary from half to one and a half times the average. */
    public record Size(int stories, int figuresPerStory, int reports, int assertionsPerReport, int comments,
            int events, int seedEvents, int users) {

        public static final Size FULL = new Size(10_000, 100, 100_000, 10, 100_000, 2_000, 40, 60);

        /** The full size scaled down (or up) by {@code factor}, at least one of each. */
        public Size times(double factor) {
            return new Size(at(stories * factor), figuresPerStory, at(reports * factor), assertionsPerReport,
                    at(comments * factor), at(events * factor), Math.max(1, (int) (seedEvents * factor)), users);
        }

        private static int at(double n) {
            return Math.max(1, (int) Math.round(n));
        }
    }

    /** What was generated. */
    public record Counts(long stories, long figures, long reports, long assertions, long evidence, long comments,
            long history, long approvals, long assignments) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d stories, %,d figures, %,d reports, %,d assertions, %,d evidence"
                    + " links, %,d comments, %,d history rows, %,d decisions, %,d assignments", stories, figures,
                    reports, assertions, evidence, comments, history, approvals, assignments);
        }
    }

    /** An event: where (a registered place), when (its first day), and the places within or around it. */
    public record Event(long placeId, Instant start, long[] nearby) {
    }

    /** Marks the generated stories: a database holding them is not generated into again. */
    public static final String CREATED_BY = "scale-data";

    static final String[] GROUPS = {"civils", "combattants", "forces prorégime", "jihadistes et rebelles",
            "enfants", "personnes déplacées", "soldats turcs", "membres des forces du régime", "civilians",
            "fighters", "regime forces", "rebels", "children", "displaced people", "women", "aid workers",
            "policiers", "manifestants", "protesters", "migrants", "réfugiés", "refugees", "villages", "localités"};
    static final String[] PLACES = {"Idleb", "Alep", "Hama", "Lattaquié", "Maaret al-Noomane", "Saraqeb",
            "Jisr al-Choughour", "Deraa", "Homs", "Raqqa", "Deir ez-Zor", "Afrin", "Kobane", "Damas", "Ghouta",
            "Mossoul", "Kirkouk", "Gaza", "Khan Younès", "Rafah", "Kharkiv", "Donetsk", "Marioupol", "Bakhmout",
            "Khartoum", "El Fasher", "Goma", "Bunia", "Tigré", "Sanaa", "Hodeida", "Taëz", "Tripoli", "Benghazi"};
    static final String[] KINDS = {"DEATHS", "DEATHS", "DEATHS", "INJURED", "DISPLACED", "DISPLACED",
            "PLACES", "AREA", "DISTANCE", "SHARE", "STRIKES", "PEOPLE"};
    static final String[] PERIODS = {"en cinq jours", "depuis lundi", "cette semaine", "in 48 hours",
            "since Sunday", "over the past week", "en deux semaines", "depuis le début du mois"};
    static final String[] QUALIFIERS = {"EXACT", "EXACT", "APPROXIMATE", "MORE_THAN", "AT_LEAST", "NEARLY"};
    private static final Map<String, String> FR_QUALIFIER = Map.of("EXACT", "", "APPROXIMATE", "environ ",
            "MORE_THAN", "plus de ", "AT_LEAST", "au moins ", "NEARLY", "près de ");
    private static final Map<String, String> EN_QUALIFIER = Map.of("EXACT", "", "APPROXIMATE", "about ",
            "MORE_THAN", "more than ", "AT_LEAST", "at least ", "NEARLY", "nearly ");
    private static final String[] FR_SOURCES = {"l'OSDH", "l'ONU", "l'armée", "les secours", "la Défense civile",
            "des sources locales", "le ministère de la Santé", "l'OCHA"};
    private static final String[] EN_SOURCES = {"SOHR", "the UN", "the army", "rescuers", "the civil defence",
            "local sources", "the health ministry", "OCHA"};
    private static final String[] DESKS = {"international", "monde", "moyen-orient", "afrique", "europe", "vérification"};
    private static final String[] WARNINGS = {"PARTS_EXCEED_WHOLE", "TOLL_GOES_DOWN", "QUALIFIER_NOT_CARRIED",
            "ATTRIBUTION_NOT_CARRIED", "SUPPORT_DISAGREES", "HISTORY_LINKED_AS_EVIDENCE"};
    private static final String[] COMMENTS = {"Le bilan de %s diffère de celui de l'AFP, à vérifier.",
            "%s : la source citée est-elle indépendante ?", "Check %s against the latest OCHA report.",
            "Which day does %s count from?", "Chiffre de %s repris par plusieurs agences, ok pour moi.",
            "%s seems low compared to the wires."};
    private static final int BATCH_STORIES = 250;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Size size;
    private final SplittableRandom random;

    private ScaleData(DataSource dataSource, Size size, long seed) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.size = size;
        this.random = new SplittableRandom(seed);
    }

    /** Whether this database already holds generated stories. */
    public static boolean generated(DataSource dataSource) {
        Long n = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from (select 1 from story where created_by = ? limit 1) s", Long.class, CREATED_BY);
        return n != null && n > 0;
    }

    /** Generates everything at this size, then analyses the tables; returns the rows now in the database. */
    public static Counts generate(DataSource dataSource, Size size, long seed) throws SQLException {
        ScaleData data = new ScaleData(dataSource, size, seed);
        Instant from = Instant.parse("2012-01-01T00:00:00Z");
        long span = ChronoUnit.SECONDS.between(from, Instant.parse("2026-11-01T00:00:00Z"));
        List<Event> events = data.events(from, span);
        Reports reports = data.reportsAndAssertions(events);
        data.storiesAndTheRest(events, reports);
        data.finish();
        return counts(new JdbcTemplate(dataSource));
    }

    /**
     * Only reports and assertions (the suggestion benchmark's data): {@code reports} reports of {@code perReport}
     * assertions each over {@code events} events, {@code seedEvents} of them in Idlib province around the seed story.
     */
    public static void reportsOnly(DataSource dataSource, int reports, int perReport, int events, int seedEvents,
            long seed) throws SQLException {
        ScaleData data = new ScaleData(dataSource, new Size(0, 0, reports, perReport, 0, events, seedEvents, 0), seed);
        Instant from = Instant.parse("2012-01-01T00:00:00Z");
        long span = ChronoUnit.SECONDS.between(from, Instant.parse("2026-11-01T00:00:00Z"));
        data.reportsAndAssertions(data.events(from, span));
        // as autovacuum would after a bulk load: statistics, and the visibility map that index-only scans need
        data.jdbc.execute("vacuum analyze report");
        data.jdbc.execute("vacuum analyze assertion");
    }

    public static Counts counts(JdbcTemplate jdbc) {
        return new Counts(count(jdbc, "story"), count(jdbc, "figure"), count(jdbc, "report"), count(jdbc, "assertion"),
                count(jdbc, "evidence"), count(jdbc, "comment"), count(jdbc, "change_log"),
                count(jdbc, "figure_approval"), count(jdbc, "assignment"));
    }

    /**
     * The events the reports are about: {@code seedEvents} in Idlib province around the seed story (its places and
     * months), the rest at registered places (towns, regions, countries) in months drawn over 2012–2026.
     */
    private List<Event> events(Instant from, long span) {
        List<Map<String, Object>> rows = jdbc.queryForList("select id, parent_id, key from place");
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, List<Long>> children = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        List<Long> idlib = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            ids.add(id);
            Object p = row.get("parent_id");
            if (p != null) {
                parent.put(id, ((Number) p).longValue());
                children.computeIfAbsent(((Number) p).longValue(), k -> new ArrayList<>()).add(id);
            }
        }
        for (Map<String, Object> row : rows) {
            String key = (String) row.get("key");
            Object p = row.get("parent_id");
            if (key.equals("idlib-province") || (p != null && rows.stream().anyMatch(r -> r.get("id").equals(p)
                    && "idlib-province".equals(r.get("key"))))) {
                idlib.add(((Number) row.get("id")).longValue());
            }
        }
        List<Event> events = new ArrayList<>();
        Instant seedFrom = Instant.parse("2019-11-01T00:00:00Z");
        long seedSpan = ChronoUnit.SECONDS.between(seedFrom, Instant.parse("2020-02-28T00:00:00Z"));
        for (int e = 0; e < size.events(); e++) {
            boolean seed = e < size.seedEvents() && !idlib.isEmpty();
            long place = seed ? idlib.get(random.nextInt(idlib.size())) : ids.get(random.nextInt(ids.size()));
            Instant start = seed ? seedFrom.plusSeconds(random.nextLong(seedSpan)) : from.plusSeconds(random.nextLong(span));
            List<Long> near = new ArrayList<>(children.getOrDefault(place, List.of()));
            if (parent.containsKey(place)) {
                near.add(parent.get(place));
            }
            events.add(new Event(place, start, near.stream().mapToLong(Long::longValue).toArray()));
        }
        return events;
    }

    /** Where a value of the event counts: mostly its place, else a place within or around it, another or none. */
    private String place(Event event, List<Event> events) {
        int r = random.nextInt(100);
        if (r < 70 || (r < 82 && event.nearby().length == 0)) {
            return Long.toString(event.placeId());
        }
        if (r < 82) {
            return Long.toString(event.nearby()[random.nextInt(event.nearby().length)]);
        }
        if (r < 90) {
            return Long.toString(events.get(random.nextInt(events.size())).placeId());
        }
        return "\\N";
    }

    /** The assertions generated, by event and kind, for evidence links. */
    private static final class Reports {
        final long firstAssertion;
        final Map<Integer, int[]> byEventAndKind = new HashMap<>();
        final Map<Integer, Integer> filled = new HashMap<>();
        final List<Long> sources;

        Reports(long firstAssertion, List<Long> sources) {
            this.firstAssertion = firstAssertion;
            this.sources = sources;
        }

        void add(int event, String kind, long assertionIndex) {
            int key = event * 32 + QuantityKind.valueOf(kind).ordinal();
            int[] list = byEventAndKind.computeIfAbsent(key, k -> new int[8]);
            int n = filled.getOrDefault(key, 0);
            if (n == list.length) {
                list = Arrays.copyOf(list, n * 2);
                byEventAndKind.put(key, list);
            }
            list[n] = (int) assertionIndex;
            filled.put(key, n + 1);
        }

        /** An assertion of this event and kind, or -1 when there is none. */
        long pick(int event, String kind, SplittableRandom random) {
            int key = event * 32 + QuantityKind.valueOf(kind).ordinal();
            int n = filled.getOrDefault(key, 0);
            return n == 0 ? -1 : firstAssertion + byEventAndKind.get(key)[random.nextInt(n)];
        }
    }

    private Reports reportsAndAssertions(List<Event> events) throws SQLException {
        List<Long> sources = jdbc.queryForList("select id from source order by id", Long.class);
        long firstReport = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from report", Long.class);
        long firstAssertion = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from assertion", Long.class);
        Reports out = new Reports(firstAssertion, sources);
        int perReport = size.assertionsPerReport();
        {
            int batch = 10_000;
            for (int start = 0; start < size.reports(); start += batch) {
                StringBuilder reports = new StringBuilder();
                StringBuilder assertions = new StringBuilder();
                for (int r = start; r < Math.min(size.reports(), start + batch); r++) {
                    long reportId = firstReport + r;
                    // a report of an event, published in its first 60 days: tolls rise and conflict within it
                    int eventIndex = random.nextInt(events.size());
                    Event event = events.get(eventIndex);
                    Instant published = event.start().plusSeconds(random.nextLong(60L * 86_400));
                    LocalDate day = published.atZone(ZoneOffset.UTC).toLocalDate();
                    long publisher = sources.get(random.nextInt(sources.size()));
                    // fingerprinted as the app stores reports (else its start-up would fingerprint them one by one)
                    String text = "Bench text " + reportId + ".";
                    reports.append(reportId).append('\t').append("bench-").append(reportId).append('\t')
                            .append(publisher).append('\t').append(published).append("\tfr\tGenerated report ")
                            .append(reportId).append('\t').append(text).append('\t')
                            .append(ReportText.fingerprint(text)).append('\n');
                    for (int a = 0; a < perReport; a++) {
                        long index = (long) r * perReport + a;
                        long id = firstAssertion + index;
                        String subject = GROUPS[random.nextInt(GROUPS.length)] + " à " + PLACES[random.nextInt(PLACES.length)];
                        int value = 1 + random.nextInt(random.nextBoolean() ? 500 : 300_000);
                        String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
                        String kind = KINDS[random.nextInt(KINDS.length)];
                        boolean open = qualifier.equals("MORE_THAN") || qualifier.equals("AT_LEAST");
                        // four in ten state a period of one to fourteen days; the others count the 30 days before
                        boolean stated = random.nextInt(10) < 4;
                        LocalDate first = stated ? day.minusDays(1 + random.nextInt(14)) : day.minusDays(30);
                        String period = stated ? PERIODS[random.nextInt(PERIODS.length)] : "\\N";
                        assertions.append(id).append('\t').append(reportId).append('\t').append(a).append("\t")
                                .append(value).append("\t0\t").append(String.valueOf(value).length()).append('\t')
                                .append(sources.get(random.nextInt(sources.size()))).append('\t').append(qualifier)
                                .append('\t').append(value).append('\t').append(open ? "\\N" : String.valueOf(value))
                                .append('\t').append(kind).append('\t').append(subject)
                                .append('\t').append(published).append('\t').append(terms(kind, subject))
                                .append('\t').append(place(event, events)).append('\t').append(first)
                                .append('\t').append(day).append('\t').append(stated).append("\ttrue\t")
                                .append(period).append('\n');
                        out.add(eventIndex, kind, index);
                    }
                }
                copy("copy report (id, external_key, publisher_id, published_at, language, title, body, text_hash)"
                        + " from stdin", reports);
                copy("copy assertion (id, report_id, position, quote, start_offset, end_offset,"
                        + " origin_id, qualifier, low, high, kind, subject, published_at, subject_terms, place_id,"
                        + " period_from, period_to, period_stated, scope_read, period) from stdin",
                        assertions);
            }
        }
        return out;
    }

    /** The people who work on the stories: the demo users and generated fact-checkers and editors. */
    private List<String[]> users() throws SQLException {
        List<String[]> users = new ArrayList<>();
        jdbc.query("select username, role from app_user where enabled and role <> 'VIEWER' order by id",
                (java.sql.ResultSet rs) -> {
                    users.add(new String[] {rs.getString(1), rs.getString(2)});
                });
        StringBuilder rows = new StringBuilder();
        for (int u = 0; u < size.users(); u++) {
            String role = u % 3 == 0 ? "EDITOR" : "FACT_CHECKER";
            String name = (role.equals("EDITOR") ? "scale-editor-" : "scale-checker-") + u;
            if (users.stream().noneMatch(x -> x[0].equals(name))) {
                rows.append(name).append('\t').append("Scale ").append(u).append("\t!\t").append(role).append('\n');
                users.add(new String[] {name, role});
            }
        }
        copy("copy app_user (username, display_name, password_hash, role) from stdin", rows);
        return users;
    }

    private void storiesAndTheRest(List<Event> events, Reports reports) throws SQLException {
        List<String[]> users = users();
        List<String> editors = users.stream().filter(u -> !u[1].equals("FACT_CHECKER")).map(u -> u[0]).toList();
        long firstStory = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from story", Long.class);
        long firstFigure = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from figure", Long.class);
        long firstComment = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from comment", Long.class);
        long figureId = firstFigure;
        long commentId = firstComment;
        int commentsLeft = size.comments();
        for (int start = 0; start < size.stories(); start += BATCH_STORIES) {
            Batch b = new Batch();
            int end = Math.min(size.stories(), start + BATCH_STORIES);
            for (int s = start; s < end; s++) {
                long storyId = firstStory + s;
                int eventIndex = random.nextInt(events.size());
                int figures = size.figuresPerStory() / 2 + random.nextInt(size.figuresPerStory() + 1);
                // comments spread evenly over the stories left
                int comments = commentsLeft / (size.stories() - s);
                comments = Math.max(0, comments - 3 + random.nextInt(7));
                comments = Math.min(commentsLeft, comments);
                if (s == size.stories() - 1) {
                    comments = commentsLeft;
                }
                commentsLeft -= comments;
                figureId = story(b, storyId, figureId, figures, eventIndex, events, reports, users, editors);
                commentId = comments(b, storyId, commentId, comments, users);
            }
            b.write();
        }
        // the report imports, in the history as the import writes them (no story)
        StringBuilder imports = new StringBuilder();
        jdbc.query("select id, title, published_at from report where external_key like 'bench-%' order by id",
                (java.sql.ResultSet rs) -> {
                    imports.append("\\N\tREPORT\t").append(rs.getLong(1)).append("\tIMPORTED\t\\N\t")
                            .append(rs.getString(2)).append("\tfactchecker\t")
                            .append(rs.getTimestamp(3).toInstant()).append('\n');
                });
        copy("copy change_log (story_id, entity_type, entity_id, action, before_value, after_value, changed_by,"
                + " changed_at) from stdin", imports);
    }

    /** The rows of a batch of stories, one builder per table. */
    private final class Batch {
        final StringBuilder stories = new StringBuilder();
        final StringBuilder figures = new StringBuilder();
        final StringBuilder revisions = new StringBuilder();
        final StringBuilder evidence = new StringBuilder();
        final StringBuilder standings = new StringBuilder();
        final StringBuilder approvals = new StringBuilder();
        final StringBuilder history = new StringBuilder();
        final StringBuilder comments = new StringBuilder();
        final StringBuilder assignments = new StringBuilder();
        final StringBuilder notifications = new StringBuilder();

        void write() throws SQLException {
            copy("copy story (id, title, language, body, desk, state, published_at, created_by, created_at,"
                    + " updated_at) from stdin", stories);
            copy("copy figure (id, story_id, start_offset, end_offset, quote, qualifier, low, high, point, unit, kind,"
                    + " subject, period, attributed_source_id, created_at, updated_at, place_id, period_from, period_to,"
                    + " period_stated) from stdin", figures);
            copy("copy figure_revision (figure_id, action, qualifier, low, high, point, unit, kind, subject, period,"
                    + " attributed_source_id, changed_by, changed_at, place_id, period_from, period_to, period_stated)"
                    + " from stdin", revisions);
            copy("copy evidence (figure_id, assertion_id, relation, linked_by, linked_at) from stdin", evidence);
            copy("copy figure_standing (figure_id, status, party_claim, credibility, warning_codes,"
                    + " newer_value_available, computed_at, scope_kind, scope_place_id, scope_from, scope_to)"
                    + " from stdin", standings);
            copy("copy figure_approval (figure_id, story_id, decision, wording, reason, decided_by, decided_at,"
                    + " fingerprint, lapsed_by, lapsed_at) from stdin", approvals);
            copy("copy comment (id, story_id, figure_id, parent_id, author, body, created_at) from stdin", comments);
            copy("copy change_log (story_id, entity_type, entity_id, action, before_value, after_value, changed_by,"
                    + " changed_at) from stdin", history);
            copy("copy assignment (story_id, figure_id, assignee, assigned_by, assigned_at) from stdin", assignments);
            copy("copy notification (recipient, kind, story_id, figure_id, actor, excerpt, created_at, read_at)"
                    + " from stdin", notifications);
        }
    }

    private static void history(StringBuilder out, long storyId, String type, long entityId, String action,
            String before, String after, String by, Instant at) {
        out.append(storyId).append('\t').append(type).append('\t').append(entityId).append('\t').append(action)
                .append('\t').append(before).append('\t').append(after).append('\t').append(by).append('\t')
                .append(at).append('\n');
    }

    /** A story of an event with its figures, their evidence, standings, decisions, history; returns the next id. */
    private long story(Batch b, long storyId, long firstFigureId, int figureCount, int eventIndex, List<Event> events,
            Reports reports, List<String[]> users, List<String> editors) {
        Event event = events.get(eventIndex);
        boolean french = random.nextInt(10) < 7;
        Instant created = event.start().plusSeconds(random.nextLong(45L * 86_400));
        LocalDate day = created.atZone(ZoneOffset.UTC).toLocalDate();
        int r = random.nextInt(100);
        String state = r < 45 ? "DRAFT" : r < 65 ? "IN_REVIEW" : r < 75 ? "APPROVED" : "PUBLISHED";
        String author = users.get(random.nextInt(users.size()))[0];
        String editor = editors.get(random.nextInt(editors.size()));
        String place = PLACES[(int) (event.placeId() % PLACES.length)];
        String title = (french ? "Bilan des combats à " + place + ", jour " : "Fighting in " + place + ", day ")
                + (1 + random.nextInt(60)) + " (" + storyId + ")";
        Instant updated = created.plusSeconds(600 + random.nextLong(7L * 86_400));
        StringBuilder body = new StringBuilder(figureCount * 90);
        Map<String, String> qualifierWords = french ? FR_QUALIFIER : EN_QUALIFIER;
        String[] sourceNames = french ? FR_SOURCES : EN_SOURCES;
        long id = firstFigureId;
        int decidedInReview = random.nextInt(100);
        for (int f = 0; f < figureCount; f++, id++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            String qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            String unit = switch (kind) {
                case "AREA" -> "km2";
                case "DISTANCE" -> "km";
                case "SHARE" -> "%";
                default -> null;
            };
            int value = kind.equals("SHARE") ? 1 + random.nextInt(99)
                    : 1 + random.nextInt(random.nextBoolean() ? 500 : 300_000);
            boolean open = qualifier.equals("MORE_THAN") || qualifier.equals("AT_LEAST");
            String group = GROUPS[random.nextInt(GROUPS.length)];
            String where = PLACES[random.nextInt(PLACES.length)];
            boolean stated = random.nextInt(10) < 4;
            String period = stated ? PERIODS[random.nextInt(PERIODS.length)] : null;
            String quote = qualifierWords.get(qualifier) + value + (unit == null ? "" : " " + unit);
            String source = sourceNames[random.nextInt(sourceNames.length)];
            String before = french ? (f == 0 ? "" : "Par ailleurs, ") : (f == 0 ? "" : "Meanwhile, ");
            String sentence = before + quote + " " + group + (period == null ? "" : " " + period)
                    + (french ? " à " + where + ", selon " : " in " + where + ", according to ") + source + ". ";
            int startOffset = body.length() + before.length();
            body.append(sentence);
            Long attributed = random.nextInt(2) == 0 ? reports.sources.get(random.nextInt(reports.sources.size())) : null;
            LocalDate first = stated ? day.minusDays(1 + random.nextInt(14)) : day.minusDays(30);
            String placeId = place(event, events);
            Instant added = created.plusSeconds(random.nextLong(3_600));
            String low = String.valueOf(value);
            String high = open ? "\\N" : low;
            b.figures.append(id).append('\t').append(storyId).append('\t').append(startOffset).append('\t')
                    .append(startOffset + quote.length()).append('\t').append(quote).append('\t').append(qualifier)
                    .append('\t').append(low).append('\t').append(high).append('\t').append(low).append('\t')
                    .append(unit == null ? "\\N" : unit).append('\t').append(kind).append('\t').append(group)
                    .append('\t').append(period == null ? "\\N" : period).append('\t')
                    .append(attributed == null ? "\\N" : attributed).append('\t').append(added).append('\t')
                    .append(added).append('\t').append(placeId).append('\t').append(first).append('\t').append(day)
                    .append('\t').append(stated).append('\n');
            b.revisions.append(id).append("\tADDED\t").append(qualifier).append('\t').append(low).append('\t')
                    .append(high).append('\t').append(low).append('\t').append(unit == null ? "\\N" : unit).append('\t')
                    .append(kind).append('\t').append(group).append('\t').append(period == null ? "\\N" : period)
                    .append('\t').append(attributed == null ? "\\N" : attributed).append('\t').append(author)
                    .append('\t').append(added).append('\t').append(placeId).append('\t').append(first).append('\t')
                    .append(day).append('\t').append(stated).append('\n');
            history(b.history, storyId, "FIGURE", id, "ADDED", "\\N", quote, author, added);

            // evidence: none, one, two or three assertions of the same event and kind
            int e = random.nextInt(100);
            int links = e < 30 ? 0 : e < 65 ? 1 : e < 90 ? 2 : 3;
            List<String> key = new ArrayList<>();
            int supports = 0;
            int contradicts = 0;
            long[] taken = new long[links];
            Instant linkedAt = added.plusSeconds(60 + random.nextLong(86_400));
            String linker = users.get(random.nextInt(users.size()))[0];
            for (int l = 0; l < links; l++) {
                long assertion = reports.pick(eventIndex, kind, random);
                final long a = assertion;
                if (assertion < 0 || Arrays.stream(taken, 0, l).anyMatch(t -> t == a)) {
                    continue;
                }
                taken[l] = assertion;
                int rr = random.nextInt(100);
                String relation = rr < 80 ? "SUPPORTS" : rr < 92 ? "CONTRADICTS" : "CONTEXT";
                supports += relation.equals("SUPPORTS") ? 1 : 0;
                contradicts += relation.equals("CONTRADICTS") ? 1 : 0;
                b.evidence.append(id).append('\t').append(assertion).append('\t').append(relation).append('\t')
                        .append(linker).append('\t').append(linkedAt).append('\n');
                key.add(assertion + ":" + relation);
            }
            key.sort(null);
            String evidenceKey = String.join(",", key);
            if (!key.isEmpty()) {
                history(b.history, storyId, "FIGURE", id, "EVIDENCE_CHANGED", "", evidenceKey, linker, linkedAt);
            }
            int sr = random.nextInt(100);
            String status = contradicts > 0 ? "CONTESTED" : supports == 0 ? "UNSUPPORTED"
                    : supports == 1 ? "SINGLE_SOURCE" : sr < 8 ? "SUPERSEDED" : "CORROBORATED";
            String warning = random.nextInt(100) < 6 ? WARNINGS[random.nextInt(WARNINGS.length)] : "";
            boolean newer = random.nextInt(100) < 3;
            int credibility = status.equals("CORROBORATED") ? 1 + random.nextInt(2)
                    : status.equals("UNSUPPORTED") ? 6 : 2 + random.nextInt(4);
            b.standings.append(id).append('\t').append(status).append('\t').append(random.nextInt(100) < 5)
                    .append('\t').append(credibility).append('\t').append(warning).append('\t').append(newer)
                    .append('\t').append(linkedAt).append('\t').append(kind).append('\t').append(placeId)
                    .append('\t').append(first).append('\t').append(day).append('\n');
            history(b.history, storyId, "FIGURE", id, "STANDING_RECOMPUTED", "\\N", status, "system", linkedAt);

            // decisions: every figure of an approved or published story, some of a story in review, lapsed ones
            String decision = null;
            int d = random.nextInt(1000);
            switch (state) {
                case "APPROVED", "PUBLISHED" -> decision = d < 970 ? "APPROVED" : "REJECTED";
                case "IN_REVIEW" -> decision = d < decidedInReview * 8 ? (d % 10 == 0 ? "REJECTED" : "APPROVED")
                        : d > 985 ? "LAPSED" : null;
                default -> decision = d < 4 ? "LAPSED" : null;
            }
            if (decision != null) {
                Instant decided = linkedAt.plusSeconds(600 + random.nextLong(86_400));
                String fingerprint = evidenceKey + "|" + quote + "|" + (attributed == null ? "" : attributed) + "|"
                        + status;
                boolean approved = !decision.equals("REJECTED");
                b.approvals.append(id).append('\t').append(storyId).append('\t').append(decision).append('\t')
                        .append(approved ? quote : "\\N").append('\t').append(approved ? "\\N" : "source douteuse")
                        .append('\t').append(editor).append('\t').append(decided).append('\t').append(fingerprint)
                        .append('\t').append(decision.equals("LAPSED") ? linker : "\\N").append('\t')
                        .append(decision.equals("LAPSED") ? decided.plusSeconds(3_600) : "\\N").append('\n');
                String action = decision.equals("REJECTED") ? "REJECTED" : "APPROVED";
                history(b.history, storyId, "FIGURE", id, action, "\\N",
                        action + ": " + (approved ? quote : "source douteuse"), editor, decided);
                if (decision.equals("LAPSED")) {
                    history(b.history, storyId, "FIGURE", id, "LAPSED", "APPROVED", "LAPSED, decided by " + editor,
                            linker, decided.plusSeconds(3_600));
                }
            }
            // one figure in a hundred is assigned to someone
            if (random.nextInt(100) == 0) {
                String assignee = users.get(random.nextInt(users.size()))[0];
                b.assignments.append(storyId).append('\t').append(id).append('\t').append(assignee).append('\t')
                        .append(editor).append('\t').append(added.plusSeconds(7_200)).append('\n');
                b.notifications.append(assignee.toLowerCase(Locale.ROOT)).append("\tASSIGNED\t").append(storyId)
                        .append('\t').append(id).append('\t').append(editor).append("\t\\N\t")
                        .append(added.plusSeconds(7_200)).append('\t')
                        .append(random.nextBoolean() ? added.plusSeconds(9_000) : "\\N").append('\n');
            }
        }
        String desk = DESKS[random.nextInt(DESKS.length)];
        b.stories.append(storyId).append('\t').append(title).append('\t').append(french ? "fr" : "en").append('\t')
                .append(body.toString().strip()).append('\t').append(desk).append('\t').append(state).append('\t')
                .append(state.equals("PUBLISHED") ? updated : "\\N").append('\t').append(CREATED_BY).append('\t')
                .append(created).append('\t').append(updated).append('\n');
        if (!state.equals("DRAFT")) {
            history(b.history, storyId, "STORY", storyId, "STATE", "DRAFT", "IN_REVIEW", author,
                    updated.minusSeconds(300));
        }
        if (state.equals("APPROVED") || state.equals("PUBLISHED")) {
            history(b.history, storyId, "STORY", storyId, "STATE", "IN_REVIEW", "APPROVED", editor,
                    updated.minusSeconds(200));
        }
        if (state.equals("PUBLISHED")) {
            history(b.history, storyId, "STORY", storyId, "STATE", "APPROVED", "PUBLISHED", editor,
                    updated.minusSeconds(100));
        }
        // one story in five is assigned to someone
        if (random.nextInt(5) == 0) {
            String assignee = users.get(random.nextInt(users.size()))[0];
            b.assignments.append(storyId).append("\t\\N\t").append(assignee).append('\t').append(editor).append('\t')
                    .append(created.plusSeconds(1_800)).append('\n');
            b.notifications.append(assignee.toLowerCase(Locale.ROOT)).append("\tASSIGNED\t").append(storyId)
                    .append("\t\\N\t").append(editor).append("\t\\N\t").append(created.plusSeconds(1_800))
                    .append("\t\\N\n");
            history(b.history, storyId, "STORY", storyId, "ASSIGNED", "\\N", assignee, editor,
                    created.plusSeconds(1_800));
        }
        lastStory = new long[] {firstFigureId, id, created.getEpochSecond()};
        return id;
    }

    /** The figure ids of the story just generated, and its creation time. */
    private long[] lastStory = new long[3];

    /** A story's comments: on the story or one of its figures, some in reply, some mentioning someone. */
    private long comments(Batch b, long storyId, long firstCommentId, int count, List<String[]> users) {
        long id = firstCommentId;
        long figures = lastStory[1] - lastStory[0];
        Instant created = Instant.ofEpochSecond(lastStory[2]);
        Long[] figureOf = new Long[count];
        for (int c = 0; c < count; c++, id++) {
            boolean reply = c > 0 && random.nextInt(10) < 3;
            int parentIndex = reply ? random.nextInt(c) : -1;
            long parent = firstCommentId + parentIndex;
            // a reply is in its parent's thread: on the same figure, or on the story
            Long figure = reply ? figureOf[parentIndex]
                    : figures > 0 && random.nextInt(10) < 4 ? lastStory[0] + random.nextLong(figures) : null;
            figureOf[c] = figure;
            String author = users.get(random.nextInt(users.size()))[0];
            String mention = random.nextInt(10) == 0 ? users.get(random.nextInt(users.size()))[0] : null;
            String text = String.format(Locale.ROOT, COMMENTS[random.nextInt(COMMENTS.length)],
                    GROUPS[random.nextInt(GROUPS.length)]) + (mention == null ? "" : " @" + mention);
            Instant at = created.plusSeconds(3_600 + random.nextLong(5L * 86_400));
            b.comments.append(id).append('\t').append(storyId).append('\t')
                    .append(figure == null ? "\\N" : figure).append('\t')
                    .append(reply ? String.valueOf(parent) : "\\N").append('\t').append(author).append('\t')
                    .append(text).append('\t').append(at).append('\n');
            history(b.history, storyId, "COMMENT", id, reply ? "REPLIED" : "COMMENTED", "\\N", text, author, at);
            if (mention != null) {
                b.notifications.append(mention.toLowerCase(Locale.ROOT)).append("\tMENTIONED\t").append(storyId)
                        .append('\t').append(figure == null ? "\\N" : figure).append('\t').append(author)
                        .append('\t').append(text).append('\t').append(at).append('\t')
                        .append(random.nextBoolean() ? at.plusSeconds(600) : "\\N").append('\n');
            }
        }
        return id;
    }

    /** Analyses the tables and moves the identity sequences past the generated ids. */
    private void finish() {
        for (String table : List.of("story", "figure", "report", "assertion", "comment", "figure_revision",
                "evidence", "figure_approval", "change_log", "assignment", "notification", "app_user")) {
            jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), (select coalesce(max(id), 1) from "
                    + table + "))", Long.class, table);
        }
        for (String table : List.of("story", "figure", "figure_revision", "figure_standing", "figure_approval",
                "evidence", "report", "assertion", "comment", "change_log", "assignment", "notification",
                "app_user")) {
            jdbc.execute("analyze " + table);
        }
    }

    private void copy(String sql, StringBuilder rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement st = connection.createStatement()) {
                // the generator keeps the references right: no foreign-key trigger per row
                st.execute("set local session_replication_role = replica");
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
                connection.commit();
            } catch (SQLException | java.io.IOException | RuntimeException e) {
                connection.rollback();
                throw e instanceof SQLException s ? s : new SQLException(e);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    /** The same terms the app stores (subject terms and a kind term), see CandidateIndex. */
    static String terms(String kind, String subject) {
        long[] terms = SubjectTerms.of(subject);
        long[] all = Arrays.copyOf(terms, terms.length + 1);
        all[terms.length] = -1_000_000L - QuantityKind.valueOf(kind).ordinal();
        return Arrays.stream(all).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static long count(JdbcTemplate jdbc, String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
