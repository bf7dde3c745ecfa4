package uk.send.platform.improvement.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.improvement.ImprovementProgramme;
import uk.send.platform.web.NavigationEntry;

@Configuration
class ImprovementNavigation {

    @Bean
    NavigationEntry improvementNavigationEntry() {
        return new NavigationEntry("Improvement plan", "/improvement", ImprovementProgramme.READ, 60);
    }

    @Bean
    NavigationEntry risksNavigationEntry() {
        return new NavigationEntry("Risk register", "/improvement/risks", ImprovementProgramme.READ, 61);
    }
}
