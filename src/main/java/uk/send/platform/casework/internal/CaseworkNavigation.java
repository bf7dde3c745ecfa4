package uk.send.platform.casework.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.web.NavigationEntry;

@Configuration
class CaseworkNavigation {

    @Bean
    NavigationEntry caseloadNavigationEntry() {
        return new NavigationEntry("Caseload", "/cases", Actions.CASES_READ, 10);
    }

    @Bean
    NavigationEntry teamWorkloadNavigationEntry() {
        return new NavigationEntry("Team workload", "/cases/team", Actions.CASES_ASSIGN, 30);
    }
}
