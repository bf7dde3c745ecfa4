package uk.send.platform.health.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.web.NavigationEntry;

@Configuration
class HealthNavigation {

    @Bean
    NavigationEntry healthNavigationEntry() {
        return new NavigationEntry("Health", "/health", Actions.HEALTH_READ, 45);
    }

    /** The register has its own link: named agencies on it may read nothing else of health's. */
    @Bean
    NavigationEntry dynamicSupportRegisterNavigationEntry() {
        return new NavigationEntry("Dynamic Support Register", "/health/register", Actions.DSR_READ, 46);
    }
}
