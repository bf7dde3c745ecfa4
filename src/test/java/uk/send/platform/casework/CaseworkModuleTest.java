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
    void theModulesHaveNoCyclesAndNoOneReachesIntoAnotherModulesInternals() {
        MODULES.verify();
    }

    @Test
    void caseworkDependsOnlyOnCalendarDeadlinesDocumentsTimeLimitsChildrenAccessIdentifiersTheKernelAndWeb() {
        ApplicationModule casework = MODULES.getModuleByName("casework").orElseThrow();
        assertThat(casework.getDirectDependencies(MODULES).stream()
                .map(d -> d.getTargetModule().getIdentifier().toString()))
                .isSubsetOf("calendar", "deadlines", "documents", "timelimits", "children", "access", "identifiers", "kernel", "web");
    }
}
