package uk.send.platform.insight.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.send.platform.access.Actions;
import uk.send.platform.web.NavigationEntry;

@Configuration
class InsightNavigation {

    @Bean
    NavigationEntry dashboardNavigationEntry() {
        return new NavigationEntry("Dashboard", "/dashboard", Actions.DASHBOARD_READ, 40);
    }

    @Bean
    NavigationEntry rebuildNavigationEntry() {
        return new NavigationEntry("Rebuild dashboard", "/admin/insight", Actions.USERS_MANAGE, 93);
    }
}
