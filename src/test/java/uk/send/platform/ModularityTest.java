package uk.send.platform;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Modules by capability: no module reaches into another's internals, no cycles. Draws the module map too. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(SendPlatformApplication.class);

    @Test
    void modules_depend_only_on_each_others_published_api_without_cycles() {
        modules.verify();
    }

    @Test
    void writes_the_module_diagram_into_docs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
