package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One owner per table (DD008). Every table and view the migrations create has exactly one owning module: the module
 * of the entity mapped to it ({@code @Table}, {@code @CollectionTable}, {@code @JoinTable}), or, for tables no entity
 * maps, the module {@link #DECLARED} names. A module's SQL and JPQL (its string literals: {@code @Query}, JDBC,
 * text blocks) name only its own tables and entities; another feature's rows are read and changed through that
 * feature's API. There is no list of exceptions: the search's read model spanning features is a set of views the
 * search module owns (V55).
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("migrations");
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "corroborate");

    /** The owners of the tables and views no entity maps (an entity's table belongs to the entity's module). */
    static final Map<String, String> DECLARED = Map.ofEntries(
            Map.entry("presence", "collaboration"),
            Map.entry("archived_copy", "archive"),
            Map.entry("feed_item", "ingest"),
            Map.entry("standing_work", "evidence"),
            Map.entry("story_event", "evidence"),
            Map.entry("evidence_candidate", "evidence"),
            Map.entry("evidence_candidate_scope", "evidence"),
            Map.entry("evidence_assertion_terms", "evidence"),
            Map.entry("evidence_conflict", "evidence"),
            Map.entry("search_story", "search"),
            Map.entry("search_figure", "search"),
            Map.entry("search_report", "search"),
            Map.entry("search_comment", "search"));

    private static final Pattern CREATED = Pattern.compile(
            "(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "([a-z_][a-z0-9_]*)");
    private static final Pattern RENAMED = Pattern.compile(
            "(?i)\\balter\\s+table\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)\\s+rename\\s+to\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern DROPPED = Pattern.compile(
            "(?i)\\bdrop\\s+(?:table|view)\\s+(?:if\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern MAPPED = Pattern.compile(
            "@(?:Table|CollectionTable|JoinTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z_][a-z0-9_]*)\"");
    private static final Pattern ENTITY = Pattern.compile(
            "@Entity\\b[^{]*?\\b(?:class|record)\\s+([A-Z][A-Za-z0-9]*)", Pattern.DOTALL);
    /** A string literal: a text block or an ordinary literal (escapes kept, which SQL does not care about). */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[.,()]");
    /** The words after which SQL and JPQL name a table or an entity. */
    private static final Set<String> NAMING = Set.of("from", "join", "update", "into", "table", "truncate", "copy");
    private static final Set<String> SKIPPED = Set.of("only", "lateral", "if", "exists", "not");
    /** A literal is SQL or JPQL when it holds a statement's verb; a message saying "from the story" is not. */
    private static final Pattern STATEMENT = Pattern.compile(
            "(?i)\\b(select|insert|update|delete|truncate|copy|create|alter)\\b");

    @Test
    void everyTableHasOneOwner() throws IOException {
        Set<String> tables = tables(MIGRATIONS);
        Ownership ownership = Ownership.read(SOURCES);
        assertThat(ownership.conflicts).as("tables claimed by two modules").isEmpty();
        assertThat(new TreeSet<>(ownership.tableOwners.keySet())).as("tables mapped or declared but never created")
                .isSubsetOf(tables);
        Set<String> unowned = new TreeSet<>(tables);
        unowned.removeAll(ownership.tableOwners.keySet());
        assertThat(unowned).as("tables without an owner: map an entity to them, or declare them in DECLARED")
                .isEmpty();
    }

    @Test
    void modulesNameOnlyTheirOwnTablesAndEntities() throws IOException {
        Ownership ownership = Ownership.read(SOURCES);
        assertThat(violations(SOURCES, ownership)).as("SQL or JPQL naming another module's table or entity")
                .isEmpty();
    }

    /** The check finds what it is for: a module naming another's table in SQL, or its entity in JPQL. */
    @Test
    void aModuleReadingAnotherModulesTableIsFound() {
        Ownership ownership = new Ownership(Map.of("figure", "figure", "story", "story", "comment", "discussion"),
                Map.of("Figure", "figure", "Story", "story"), List.of());
        String inbox = """
                class Queue {
                    String sql = \"""
                            select a.story_id, s.title from assignment a
                            join story s on s.id = a.story_id\""";
                    @Query("select count(f) from Figure f where f.storyId = :id")
                    long figures(long id);
                    String listed = "select x from comment c, story s where c.story_id = s.id";
                    String words = "Moved from story to story.title: the message is not SQL";
                }
                """;
        assertThat(violationsIn("inbox", "inbox/Queue.java", inbox, ownership)).containsExactly(
                "inbox/Queue.java names story (story)", "inbox/Queue.java names Figure (figure)",
                "inbox/Queue.java names comment (discussion)", "inbox/Queue.java names story (story)");
        String own = """
                class StoryRepository {
                    @Query("select s from Story s join s.figures f where s.id = :id") Story find(long id);
                    String sql = "update story set title = ? where id = ?";
                }
                """;
        assertThat(violationsIn("story", "story/StoryRepository.java", own, ownership)).isEmpty();
    }

    @Test
    void tablesAreReadFromTheMigrationsAsTheyEnd() throws IOException {
        Path dir = Files.createTempDirectory("migrations");
        Files.writeString(dir.resolve("V1__a.sql"), """
                create table story (id bigint);
                CREATE TABLE IF NOT EXISTS old_name (id bigint);
                create table gone (id bigint);""");
        Files.writeString(dir.resolve("V2__b.sql"), """
                alter table old_name rename to new_name;
                drop table gone;
                create view search_story as select id from story;""");
        assertThat(tables(dir)).containsExactlyInAnyOrder("story", "new_name", "search_story");
    }

    /** The tables and views the migrations leave, in version order. */
    static Set<String> tables(Path migrations) throws IOException {
        List<Path> files;
        try (var list = Files.list(migrations)) {
            files = list.filter(p -> p.getFileName().toString().matches("V[0-9]+__.*\\.sql"))
                    .sorted((a, b) -> Integer.compare(version(a), version(b))).toList();
        }
        Set<String> tables = new TreeSet<>();
        for (Path file : files) {
            String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
            // In file order: a table created, renamed and dropped in one file ends as it should.
            Pattern any = Pattern.compile(CREATED.pattern() + "|" + RENAMED.pattern() + "|" + DROPPED.pattern());
            Matcher m = any.matcher(sql);
            while (m.find()) {
                if (m.group(1) != null) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                } else if (m.group(2) != null) {
                    tables.remove(m.group(2).toLowerCase(Locale.ROOT));
                    tables.add(m.group(3).toLowerCase(Locale.ROOT));
                } else {
                    tables.remove(m.group(4).toLowerCase(Locale.ROOT));
                }
            }
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    static List<String> violations(Path sources, Ownership ownership) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles(sources)) {
            String relative = sources.relativize(file).toString().replace('\\', '/');
            violationsIn(moduleOf(relative), relative, Files.readString(file), ownership).stream().distinct()
                    .forEach(found::add);
        }
        return found;
    }

    /** What {@code source}, a file of {@code module}, names in its string literals that another module owns. */
    static List<String> violationsIn(String module, String file, String source, Ownership ownership) {
        List<String> found = new ArrayList<>();
        // "select ..." + " from x": pieces of one statement joined by + are read as one literal.
        Matcher literal = LITERAL.matcher(stripComments(source).replaceAll("(?<!\")\"\\s*\\+\\s*\"(?!\"\")", ""));
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            if (!STATEMENT.matcher(text).find()) {
                continue;
            }
            for (String named : named(text)) {
                String owner = named.equals(named.toLowerCase(Locale.ROOT))
                        ? ownership.tableOwners.get(named) : ownership.entityOwners.get(named);
                if (owner != null && !owner.equals(module)) {
                    found.add(file + " names " + named + " (" + owner + ")");
                }
            }
        }
        return found;
    }

    /**
     * The names SQL or JPQL text gives after FROM, JOIN, UPDATE, INTO, TABLE, TRUNCATE or COPY, and after the commas
     * of a FROM list; a path ({@code f.story}, a JPQL join along an association) is no name.
     */
    static List<String> named(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text);
        while (t.find()) {
            tokens.add(t.group());
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!NAMING.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean list = tokens.get(i).equalsIgnoreCase("from");
            int j = i + 1;
            while (true) {
                while (j < tokens.size() && SKIPPED.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    j++;
                }
                if (j >= tokens.size() || !Character.isLetter(tokens.get(j).charAt(0))
                        || (j + 1 < tokens.size() && tokens.get(j + 1).equals("."))) {
                    break;
                }
                names.add(tokens.get(j));
                j++;
                // "from a x, b y": an alias (optionally after AS), then a comma, then the next name.
                if (j < tokens.size() && tokens.get(j).equalsIgnoreCase("as")) {
                    j++;
                }
                if (j < tokens.size() && Character.isLetter(tokens.get(j).charAt(0))
                        && !NAMING.contains(tokens.get(j).toLowerCase(Locale.ROOT))) {
                    j++;
                }
                if (!list || j >= tokens.size() || !tokens.get(j).equals(",")) {
                    break;
                }
                j++;
            }
        }
        return names;
    }

    private static String stripComments(String source) {
        // Block comments (Javadoc) and line comments outside literals: enough for this code base, whose literals
        // hold no "//" after a quote on the same line that matters to SQL.
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String moduleOf(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /** Who owns each table (by name, lower case) and each entity (by class name). */
    record Ownership(Map<String, String> tableOwners, Map<String, String> entityOwners, List<String> conflicts) {

        static Ownership read(Path sources) throws IOException {
            Map<String, String> tables = new TreeMap<>(DECLARED);
            Map<String, String> entities = new TreeMap<>();
            List<String> conflicts = new ArrayList<>();
            for (Path file : javaFiles(sources)) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                String module = moduleOf(relative);
                String source = Files.readString(file);
                Matcher mapped = MAPPED.matcher(source);
                while (mapped.find()) {
                    String was = tables.put(mapped.group(1), module);
                    if (was != null && !was.equals(module)) {
                        conflicts.add(mapped.group(1) + ": " + was + " and " + module);
                    }
                }
                Matcher entity = ENTITY.matcher(source);
                if (entity.find()) {
                    entities.put(entity.group(1), module);
                }
            }
            return new Ownership(tables, entities, conflicts);
        }
    }
}
