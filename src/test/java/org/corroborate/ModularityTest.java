package org.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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

    private final ApplicationModules modules = ApplicationModules.of(Application.class);

    @Test
    void featuresReachEachOtherOnlyThroughTheirPublicApiAndFormNoCycles() {
        modules.verify();
    }

    @Test
    void theModuleDocumentationIsWrittenFromTheCode() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();

        assertThat(DOCS.resolve("components.puml")).exists();
        assertThat(modules.stream()).allSatisfy(module ->
                assertThat(Files.exists(DOCS.resolve("module-" + module.getIdentifier() + ".adoc")))
                        .as("canvas of %s", module.getIdentifier()).isTrue());
    }
}
