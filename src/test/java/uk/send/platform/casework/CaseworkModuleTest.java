package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import uk.send.platform.SendPlatformApplication;

/** Casework keeps to its boundary: others use only its base package, and it uses only theirs. */
class CaseworkModuleTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(SendPlatformApplication.class);

    @Test
    void the_modules_have_no_cycles_and_no_one_reaches_into_another_modules_internals() {
        MODULES.verify();
    }

    @Test
    void casework_depends_only_on_calendar_deadlines_documents_time_limits_children_access_identifiers_the_kernel_and_web() {
        ApplicationModule casework = MODULES.getModuleByName("casework").orElseThrow();
        assertThat(casework.getDirectDependencies(MODULES).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString()))
                .isSubsetOf("calendar", "deadlines", "documents", "timelimits", "children", "access", "identifiers", "kernel", "web");
    }
}
