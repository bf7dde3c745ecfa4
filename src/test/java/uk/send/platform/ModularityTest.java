package uk.send.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Modules by capability: no module reaches into another's internals, no cycles. Draws the module map too, under
 * {@code target/spring-modulith-docs} (Spring Modulith's default), never into tracked files: see docs/conventions.md.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SendPlatformApplication.class);

    @Test
    void modules_depend_only_on_each_others_published_api_without_cycles() {
        modules.verify();
    }

    @Test
    void draws_the_module_map_under_target_for_whoever_wants_to_read_it() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
