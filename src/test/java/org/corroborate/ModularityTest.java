package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure: each feature reaches the others only through their public API (the feature's base package
 * and the named interfaces it declares), and no two features depend on each other, directly or around a cycle.
 * No violation is allowed. The same run writes the module documentation in docs/modules (component diagram and a
 * canvas per module), so that it always matches the code.
 */
class ModularityTest {

    private static final Path DOCS = Path.of("docs", "modules");

    /** The application's own classes: test and benchmark helpers compiled with the tests are no module. */
    private final ApplicationModules modules = ApplicationModules.of(Application.class,
            new ImportOption.DoNotIncludeTests());

    @Test
    void featuresReachEachOtherOnlyThroughTheirPublicApiAndFormNoCycles() {
        modules.verify();
    }

    /** Null-safety is explicit everywhere: every package of the application declares JSpecify's {@code @NullMarked}. */
    @Test
    void everyPackageIsNullMarked() throws IOException {
        Path root = Path.of("src", "main", "java");
        List<String> unmarked = new ArrayList<>();
        try (var dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (var files = Files.list(dir)) {
                    hasClasses = files.anyMatch(f -> f.toString().endsWith(".java")
                            && !f.getFileName().toString().equals("package-info.java"));
                }
                Path info = dir.resolve("package-info.java");
                if (hasClasses && (!Files.exists(info) || !Files.readString(info).contains("@NullMarked"))) {
                    unmarked.add(root.relativize(dir).toString());
                }
            }
        }
        assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
    }

    @Test
    void theModuleDocumentationIsWrittenFromTheCode() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        try (var files = Files.list(DOCS)) {
            files.forEach(ModularityTest::listInStableOrder);
        }

        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(modules.stream()).allSatisfy(module ->
                assertThat(Files.exists(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")))
                        .as("canvas of %s", module.getIdentifier()).isTrue());
    }

    /**
     * The Documenter lists relations and events in no fixed order; sorted, the files change only when the code does,
     * so that a build leaves docs/modules as committed.
     */
    private static void listInStableOrder(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < lines.size(); ) {
                int j = i;
                // a run of list items, across the blank lines the Documenter puts at varying places between them
                while (j < lines.size() && (sortable(lines.get(j), j == i) || (j > i && lines.get(j).isBlank()
                        && j + 1 < lines.size() && sortable(lines.get(j + 1), false)))) {
                    j++;
                }
                if (j - i > 1) {
                    boolean cell = lines.get(i).startsWith("|");
                    List<String> run = new ArrayList<>(lines.subList(i, j).stream().filter(l -> !l.isBlank())
                            .map(l -> l.startsWith("|") ? l.substring(1) : l).sorted().toList());
                    if (cell) {
                        run.set(0, "|" + run.get(0));
                    }
                    out.addAll(run);
                    i = j;
                } else {
                    out.add(lines.get(i++));
                }
            }
            Files.write(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sortable(String line, boolean first) {
        return line.startsWith("Rel(") || line.startsWith("* ") || (first && line.startsWith("|* "));
    }
}
